package de.stadtdialog.survey.internal;

/** One stored answer: a chosen option's position, a number, or a text. */
public record Answer(long questionId, Integer choice, Double numberValue, String textValue) {
}
