package de.stadtdialog.shared.web;

/**
 * What the error page shows: the status, a heading and an explanation in the reader's language,
 * never a stack trace.
 *
 * @param helpPath a page where the reader can remedy a denial (e.g. verify themselves), or null
 * @param helpLabel the link text for {@code helpPath}
 */
public record ErrorPage(int status, String title, String message, String helpPath, String helpLabel) {
}
