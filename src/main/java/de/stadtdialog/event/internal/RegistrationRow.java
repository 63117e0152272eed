package de.stadtdialog.event.internal;

import java.time.Instant;

import de.stadtdialog.event.RegistrationStatus;

/** A line of the back office's list of registrations. */
public record RegistrationRow(String name, RegistrationStatus status, Instant registeredAt) {
}
