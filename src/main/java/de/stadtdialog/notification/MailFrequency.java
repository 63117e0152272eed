package de.stadtdialog.notification;

import java.time.Duration;

/** How often a person wants their notifications by e-mail as well. */
public enum MailFrequency {
    IMMEDIATE(Duration.ZERO), DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7)), NEVER(null);

    /** How much time at least lies between two digests; null where there are none. */
    final Duration interval;

    MailFrequency(Duration interval) {
        this.interval = interval;
    }

    boolean digest() {
        return this == DAILY || this == WEEKLY;
    }
}
