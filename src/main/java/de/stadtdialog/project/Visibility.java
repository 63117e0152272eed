package de.stadtdialog.project;

public enum Visibility {
    /** Everybody can read it. */
    PUBLIC,
    /** Only invited people (and the organisation's staff) can read it. */
    PRIVATE
}
