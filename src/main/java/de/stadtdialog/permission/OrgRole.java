package de.stadtdialog.permission;

/** A person's role within one organisation. */
public enum OrgRole {
    /** Sets up and runs the organisation's projects (Initiator:in). */
    INITIATOR,
    /** Moderates contributions in the organisation's projects. */
    MODERATOR
}
