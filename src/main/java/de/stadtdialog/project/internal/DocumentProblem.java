package de.stadtdialog.project.internal;

/** A rejected upload of a results document: the message goes next to the title or the file field. */
public record DocumentProblem(String title, String message, boolean onTitle) {
}
