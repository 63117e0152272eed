package de.stadtdialog.question.internal;

import java.time.Instant;

/**
 * A question with its counts.
 *
 * @param relevant how many people marked it as relevant
 * @param answers how many written answers it has
 */
public record Question(long id, long phaseId, Long authorId, String body, String category, QuestionState state,
        String hiddenReason, boolean shortlisted, boolean answeredOnStage, Instant createdAt, long relevant,
        long answers) {

    /** Answered in writing, or on stage at the event. */
    public boolean answered() {
        return answers > 0 || answeredOnStage;
    }
}
