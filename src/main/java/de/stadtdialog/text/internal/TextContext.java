package de.stadtdialog.text.internal;

import java.util.Map;

import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.Decision;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;

/** A project's commented text as one person sees it now: the text phase that counts today and what the person may do. */
public record TextContext(Project project, Phase phase, Actor actor, Map<String, Decision> decisions,
        boolean canManage, boolean canModerate) {

    public Decision decision(String action) {
        return decisions.get(action);
    }

    public boolean may(String action) {
        return decision(action).allowed();
    }

    public String base() {
        return "/projekte/" + project.slug() + "/text";
    }

    public Long accountId() {
        return actor.accountId();
    }
}
