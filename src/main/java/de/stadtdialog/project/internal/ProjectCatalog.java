package de.stadtdialog.project.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectState;
import de.stadtdialog.project.Timeline;
import de.stadtdialog.shared.web.Paged;

/**
 * The public lists of projects. Loads projects, their phases and terms in a handful of queries
 * and derives each project's state from its timeline, the one place where that is decided.
 */
@Component
class ProjectCatalog {

    private static final Comparator<ProjectCard> PUBLIC_ORDER = Comparator
            .comparing((ProjectCard card) -> switch (card.state()) {
                case RUNNING -> 0;
                case PLANNED -> 1;
                case FINISHED -> 2;
            })
            .thenComparing(card -> card.state() == ProjectState.FINISHED
                    ? LocalDate.MAX.toEpochDay() - epoch(card.end())
                    : epoch(card.state() == ProjectState.PLANNED ? card.start() : card.end()))
            .thenComparing(card -> card.project().title());

    /** Projects on one page of the public overview. */
    static final int OVERVIEW_PAGE_SIZE = 24;

    private final ProjectRepository projects;
    private final TaxonomyRepository taxonomy;
    private final Organisations organisations;
    private final ResultRepository results;
    private final Clock clock;
    private final ResultsDeadline deadline;

    ProjectCatalog(ProjectRepository projects, TaxonomyRepository taxonomy, Organisations organisations,
            ResultRepository results, ResultsDeadline deadline, Clock clock) {
        this.results = results;
        this.deadline = deadline;
        this.projects = projects;
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Published public projects matching the filter: running first, then planned, then finished. */
    List<ProjectCard> listed(ProjectFilter filter) {
        return cards(projects.findListed()).stream().filter(filter::matches).sorted(PUBLIC_ORDER).toList();
    }

    /** One page of {@link #listed}; {@code requestedPage} is the visitor's {@code seite}, read leniently. */
    Paged<ProjectCard> overviewPage(ProjectFilter filter, String requestedPage) {
        return Paged.of(listed(filter), OVERVIEW_PAGE_SIZE, requestedPage);
    }

    List<ProjectCard> cards(List<Project> list) {
        Set<Long> ids = list.stream().map(Project::id).collect(Collectors.toSet());
        Map<Long, List<Phase>> phases = projects.phasesOf(ids);
        var topics = taxonomy.topicsOf(ids);
        var districts = taxonomy.districtsOf(ids);
        Map<Long, String> names = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        Set<Long> published = results.published(ids);
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(project -> {
            Timeline timeline = new Timeline(phases.getOrDefault(project.id(), List.of()), today);
            ResultsState resultsState = deadline.state(published.contains(project.id()), timeline.end().orElse(null));
            return new ProjectCard(project, names.getOrDefault(project.organisationId(), ""),
                    timeline.projectState(project.status()), timeline.start().orElse(null),
                    timeline.end().orElse(null), timeline.active().map(Phase::title).orElse(null),
                    topics.getOrDefault(project.id(), List.of()), districts.getOrDefault(project.id(), List.of()), resultsState);
        }).toList();
    }


    private static long epoch(LocalDate date) {
        return date == null ? Long.MAX_VALUE / 2 : date.toEpochDay();
    }
}
