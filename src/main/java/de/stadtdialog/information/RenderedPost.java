package de.stadtdialog.information;

import java.time.LocalDate;

import de.stadtdialog.shared.markdown.SafeHtml;

/** A post as the public page shows it. */
public record RenderedPost(String title, LocalDate publishedOn, String author, SafeHtml body) {
}
