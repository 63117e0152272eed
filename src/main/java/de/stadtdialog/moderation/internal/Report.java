package de.stadtdialog.moderation.internal;

import java.time.Instant;

/** One person's report of an item; the reporter is never shown. */
public record Report(long id, String category, String body, boolean open, Instant createdAt) {
}
