package de.stadtdialog.newsletter.internal;

/** An issue with its copies sent and still waiting in the outbox. */
public record NewsletterRow(Newsletter newsletter, long[] delivery) {

    public long sent() {
        return delivery[0];
    }

    public long waiting() {
        return delivery[1];
    }
}
