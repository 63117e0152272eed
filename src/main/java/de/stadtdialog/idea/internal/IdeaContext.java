package de.stadtdialog.idea.internal;

import java.util.Map;

import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.Decision;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;

/**
 * A project's idea collection as one person sees it now: the idea phase that counts today (the
 * running one, else the next, else the last) and what the person may do in it.
 *
 * @param phase null when the project has no idea phase (any more)
 */
public record IdeaContext(Project project, Phase phase, Actor actor, IdeaSettings settings,
        Map<String, Decision> decisions, boolean canManage, boolean canModerate) {

    public Decision decision(String action) {
        return decisions.getOrDefault(action, Decision.deny("idea.no-phase"));
    }

    public boolean may(String action) {
        return decision(action).allowed();
    }

    public String base() {
        return "/projekte/" + project.slug() + "/ideen";
    }

    public String phaseKind() {
        return phase == null ? "closed" : phase.phaseKind();
    }

    public boolean votePhase() {
        return "vote".equals(phaseKind());
    }

    public boolean thumbs() {
        return settings.ratingMode() == IdeaSettings.RatingMode.THUMBS;
    }

    public Long accountId() {
        return actor.accountId();
    }
}
