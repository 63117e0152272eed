package de.stadtdialog.account.internal;

import java.time.Instant;

/** An identity at an external provider that logs in to the account, as the account page lists it. */
public record LinkedIdentity(String provider, String providerName, String subject, Instant linkedAt) {
}
