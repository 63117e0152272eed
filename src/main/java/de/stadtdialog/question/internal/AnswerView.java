package de.stadtdialog.question.internal;

import java.time.Instant;

import de.stadtdialog.shared.markdown.SafeHtml;

/** An expert's answer, signed with their name and role. */
public record AnswerView(String expert, String role, SafeHtml body, Instant at) {
}
