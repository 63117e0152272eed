package de.stadtdialog.shared.web;

/**
 * What the error page shows: the status, a heading and an explanation in the reader's language,
 * never a stack trace.
 */
public record ErrorPage(int status, String title, String message) {
}
