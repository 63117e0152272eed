package de.stadtdialog.moderation.internal;

import java.time.Instant;

/**
 * A line of a project's public moderation log: never the text, never the author.
 *
 * @param action "hidden" or "restored"
 * @param reason the rule named, or a report category for items hidden after reports
 */
public record LogEntry(long id, String kind, String action, String reason, Instant createdAt) {
}
