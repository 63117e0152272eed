package de.stadtdialog.page;

import java.time.Instant;

/** A barrier someone reported through the accessibility statement's form. */
public record BarrierReport(long id, String pageUrl, String description, String email, Instant createdAt) {
}
