package de.stadtdialog.question.internal;

import java.util.Map;

import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.Decision;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;

/**
 * The Q&A phase a page shows, with the evaluator's decisions for the person looking.
 *
 * @param moderate whether the person may moderate the project's contributions
 */
public record QuestionPhase(Project project, Phase phase, Actor actor, Map<String, Decision> decisions,
        boolean moderate) {

    public String base() {
        return "/projekte/" + project.slug() + "/fragen";
    }

    public Decision decision(String action) {
        return decisions.getOrDefault(action, Decision.deny("permission.not-in-phase", phase.title()));
    }

    public boolean may(String action) {
        return decision(action).allowed();
    }
}
