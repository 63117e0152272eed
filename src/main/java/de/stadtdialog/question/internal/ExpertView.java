package de.stadtdialog.question.internal;

public record ExpertView(long accountId, String name, String role) {
}
