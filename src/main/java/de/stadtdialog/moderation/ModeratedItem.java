package de.stadtdialog.moderation;

/**
 * One piece of content as the moderators see it.
 *
 * @param excerpt a short beginning of the text, for the queue only (never public)
 * @param link the public address of the item, or of the place where it stands
 * @param highlightable whether the kind can be marked as the city's
 */
public record ModeratedItem(String kind, long id, long projectId, Long authorId, String excerpt, String link,
        State state, String hiddenReason, boolean highlightable, boolean highlighted) {

    public enum State {
        PUBLISHED,
        /** Waits for pre-moderation. */
        PENDING,
        HIDDEN,
        /** Withdrawn, refused or not yet confirmed: nothing to moderate. */
        OTHER
    }

    /** The first characters of a text, on one line. */
    public static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 140 ? line.substring(0, 139) + "…" : line;
    }
}
