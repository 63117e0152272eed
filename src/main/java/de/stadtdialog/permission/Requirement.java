package de.stadtdialog.permission;

/** What a phase asks of a person before they may take part. */
public enum Requirement {
    /** Anybody, without an account. */
    GUEST,
    /** A confirmed account. */
    ACCOUNT,
    /** An account of a verified resident. */
    VERIFIED
}
