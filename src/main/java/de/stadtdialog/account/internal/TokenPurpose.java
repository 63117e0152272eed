package de.stadtdialog.account.internal;

import java.time.Duration;

/** What a link sent by mail is for, and how long it stays valid. */
enum TokenPurpose {
    CONFIRM_ACCOUNT(Duration.ofHours(48)),
    RESET_PASSWORD(Duration.ofHours(2)),
    CHANGE_EMAIL(Duration.ofHours(48));

    final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }
}
