package de.stadtdialog.text.internal;

import de.stadtdialog.permission.Actor;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;

/** Who opened the back office: managing needs the format's manage action, moderating the project's staff. */
public record TextAccess(Project project, Phase phase, Actor actor, boolean manage) {
}
