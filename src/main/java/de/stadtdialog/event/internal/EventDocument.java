package de.stadtdialog.event.internal;

/**
 * Minutes or a photo published after an event.
 *
 * @param title the document's title, or a photo's alternative text
 */
public record EventDocument(long id, long eventId, Kind kind, String title, String storageKey) {

    public enum Kind {
        DOCUMENT, PHOTO
    }

    public boolean photo() {
        return kind == Kind.PHOTO;
    }
}
