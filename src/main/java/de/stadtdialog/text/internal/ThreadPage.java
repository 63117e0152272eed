package de.stadtdialog.text.internal;

import java.util.List;

/** One page of a paragraph's comment threads, each with its replies in order. */
public record ThreadPage(String paragraphUrl, List<Entry> threads, int page, boolean more, boolean mayComment,
        boolean mayRate, boolean mayModerate, int currentVersion) {

    /**
     * A comment as shown, with the replies under it.
     *
     * @param versionNo the version the comment was written on
     */
    public record Entry(TextComment comment, String author, int myRating, int versionNo, List<Entry> replies) {
    }

    public String moreUrl() {
        return paragraphUrl + "?seite=" + (page + 2) + "#kommentare";
    }
}
