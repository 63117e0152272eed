package de.stadtdialog.event;

/** Where an event takes place. */
public enum EventKind {
    IN_PERSON, ONLINE, HYBRID;

    public boolean hasPlace() {
        return this != ONLINE;
    }

    public boolean online() {
        return this != IN_PERSON;
    }
}
