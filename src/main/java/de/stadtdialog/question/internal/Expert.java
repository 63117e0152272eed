package de.stadtdialog.question.internal;

public record Expert(long phaseId, long accountId, String role) {
}
