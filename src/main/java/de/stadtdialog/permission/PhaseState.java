package de.stadtdialog.permission;

/** Where a phase stands relative to today. */
public enum PhaseState {
    UPCOMING, ACTIVE, PAST
}
