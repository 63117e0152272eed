package de.stadtdialog.survey.internal;

import java.util.List;

/** A quiz question after answering: what the person chose, what is right, and why (the question's explanation). */
public record QuizSolution(Question question, List<String> given, List<String> correct, boolean right) {
}
