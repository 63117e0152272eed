package de.stadtdialog.question.internal;

import java.util.List;

/**
 * A question as the pages show it.
 *
 * @param author the public pseudonym, or null for a guest
 * @param relevantByMe whether the person looking marked it as relevant
 */
public record QuestionCard(Question question, String author, boolean relevantByMe, boolean onStage,
        List<AnswerView> answers, String url) {
}
