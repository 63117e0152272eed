package de.stadtdialog.idea.internal;

/** A status an idea can have, with a colour and what it means for the idea's author. */
public record IdeaStatus(long id, long projectId, String name, String colour, Meaning meaning, int position) {

    public enum Meaning {
        RECEIVED, CHECKING, ACCEPTED, DONE, REJECTED
    }
}
