package de.stadtdialog.question.internal;

import java.util.Map;

/**
 * News for the live pages of a phase, sent once the change is committed.
 *
 * @param name the server-sent event's name: {@code question}, {@code removed} or {@code stage}
 * @param data the event's fields, sent as JSON
 */
record LiveUpdate(long phaseId, String name, Map<String, Object> data) {
}
