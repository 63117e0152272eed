package de.stadtdialog.information;

import java.time.LocalDate;

import de.stadtdialog.shared.markdown.SafeHtml;

/** A post as the public page shows it, with its date written in the reader's language. */
public record RenderedPost(String title, LocalDate publishedOn, String date, String author, SafeHtml body) {
}
