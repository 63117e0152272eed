package de.stadtdialog.moderation.internal;

/** A netiquette rule moderators name when hiding; without organisation it is one of the platform's defaults. */
public record Rule(long id, Long organisationId, String title, int position) {
}
