package de.stadtdialog.project.internal;

import java.time.LocalDate;
import java.util.List;

import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectState;
import de.stadtdialog.project.Taxonomy.Term;

/** A project as lists show it. */
public record ProjectCard(Project project, String organisationName, ProjectState state, LocalDate start, LocalDate end,
        String activePhaseTitle, List<Term> topics, List<Term> districts, ResultsState results) {

    public String url() {
        return "/projekte/" + project.slug();
    }

    public String stateKey() {
        return "project.state." + state.slug();
    }

    public String badgeClass() {
        return switch (state) {
            case RUNNING -> "badge--running";
            case PLANNED -> "badge--planned";
            case FINISHED -> "badge--finished";
        };
    }
}
