package de.stadtdialog.survey.internal;

/** A form to copy questions from: another survey with questions that the person manages. */
public record FormSource(long phaseId, String title) {
}
