package de.stadtdialog.moderation.internal;

import java.time.Instant;

/** An internal remark of a moderator on an item, never shown outside the back office. */
public record Remark(long id, Long authorId, String body, Instant createdAt) {
}
