package de.stadtdialog.survey.internal;

/** A sent response as its receipt shows it: its number (an application's number) and a quiz's score. */
public record Receipt(long id, long phaseId, Integer score) {
}
