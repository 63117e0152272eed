package de.stadtdialog.event.internal;

/** A project the list of events can be filtered by. */
public record ProjectChoice(String slug, String title) {
}
