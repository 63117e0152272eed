package de.stadtdialog.text.internal;

import java.util.List;

import de.stadtdialog.shared.markdown.SafeHtml;

/**
 * A version of the text as the public page shows it: by chapter, or most discussed paragraphs first.
 *
 * @param version null while nothing is published
 */
public record DocumentView(Version version, List<Version> versions, List<Chapter> chapters,
        List<Item> mostDiscussed, long comments) {

    public record Chapter(int number, String title, List<Item> paragraphs) {
    }

    public record Item(Paragraph paragraph, SafeHtml html, long comments) {
    }

    public boolean published() {
        return version != null;
    }

    public int paragraphCount() {
        return chapters.stream().mapToInt(c -> c.paragraphs().size()).sum();
    }
}
