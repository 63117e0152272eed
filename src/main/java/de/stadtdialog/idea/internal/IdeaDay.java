package de.stadtdialog.idea.internal;

import java.time.LocalDate;

/** What happened in a collection on one day. */
public record IdeaDay(LocalDate onDay, long ideas, long comments, long supports, long participants) {
}
