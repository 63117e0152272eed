package de.stadtdialog.notification;

import java.time.Instant;

/** A message to one person, in their language when read: a message key and the subject it names. */
public record Notification(long id, long accountId, String messageKey, String subject, String link,
        Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
