package de.stadtdialog.permission;

/** Who a format action is meant for. */
public enum Audience {
    /** Citizens taking part; allowed only while the phase is running and enables the action. */
    PARTICIPANT,
    /** The project's initiators, e.g. publishing news; allowed whenever they may edit the project. */
    MANAGER,
    /**
     * People the initiators named for the phase, e.g. the experts who answer citizens' questions;
     * allowed while the project takes input, also after the phase ended, so answers may follow an event.
     */
    NAMED
}
