package de.stadtdialog.event;

/** Where a person stands for an event. */
public enum RegistrationStatus {
    /** Has a seat. */
    CONFIRMED,
    /** On the waiting list; moves up when someone with a seat cancels. */
    WAITING
}
