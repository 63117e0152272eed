package de.stadtdialog.event.internal;

import java.time.Instant;

import de.stadtdialog.event.RegistrationStatus;

/** A person's registration for an event. */
public record Registration(long id, long eventId, long accountId, RegistrationStatus status, Instant registeredAt,
        Instant remindedAt) {
}
