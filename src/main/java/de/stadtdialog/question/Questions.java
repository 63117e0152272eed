package de.stadtdialog.question;

import java.util.List;

import org.springframework.stereotype.Service;

import de.stadtdialog.question.internal.QuestionService;

/**
 * The Q&A's API for other modules, e.g. the demo city filling a phase. Callers are trusted code:
 * citizens act through the pages, which ask the permission evaluator first.
 */
@Service
public class Questions {

    private final QuestionService service;

    Questions(QuestionService service) {
        this.service = service;
    }

    public void categories(long phaseId, List<String> names) {
        service.categories(phaseId, names);
    }

    /** Names an account as an expert of the phase; the role is shown beside their name. */
    public void nameExpert(long phaseId, long accountId, String role) {
        service.nameExpert(phaseId, accountId, role);
    }

    /** A published question of an account. */
    public long ask(long phaseId, long authorId, String body, String category) {
        return service.ask(phaseId, authorId, body, category);
    }

    /** Marks the question as relevant for this person; false when they had marked it already. */
    public boolean markRelevant(long questionId, long accountId) {
        return service.markRelevant(questionId, accountId);
    }

    /** A named expert's public answer; the expert's role is taken from the phase. */
    public void answer(long questionId, long expertId, String bodyMd) {
        service.answer(questionId, expertId, bodyMd);
    }

    public void putOnStage(long questionId) {
        service.putOnStage(questionId);
    }
}
