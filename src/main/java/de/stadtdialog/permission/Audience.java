package de.stadtdialog.permission;

/** Who a format action is meant for. */
public enum Audience {
    /** Citizens taking part; allowed only while the phase is running and enables the action. */
    PARTICIPANT,
    /** The project's initiators, e.g. publishing news; allowed whenever they may edit the project. */
    MANAGER
}
