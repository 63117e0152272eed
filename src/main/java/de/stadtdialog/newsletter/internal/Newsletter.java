package de.stadtdialog.newsletter.internal;

import java.time.Instant;

/** An issue of the newsletter, and how far its sending has got. */
public record Newsletter(long id, String subject, String bodyMd, Status status, Instant createdAt, Instant startedAt,
        Instant finishedAt, int recipients, int queued, long cursorId) {

    public enum Status {
        DRAFT, SENDING, SENT
    }

    public String batch() {
        return "newsletter-" + id;
    }
}
