package de.stadtdialog.question.internal;

public enum QuestionState {
    PUBLISHED,
    /** A guest's question, shown once a moderator releases it. */
    PENDING,
    HIDDEN
}
