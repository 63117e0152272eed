package de.stadtdialog.idea.internal;

/** The counters of a collection: published ideas, their comments and supports, and everyone who took part. */
public record IdeaTotals(long ideas, long comments, long supports, long participants) {
}
