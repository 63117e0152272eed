package de.stadtdialog.question.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.shared.web.NotFoundException;

/** Every write of the Q&A, one transaction each; live pages hear of changes once they are committed. */
@Service
public class QuestionService {

    private final QuestionRepository questions;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionService(QuestionRepository questions, Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.questions = questions;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** An account's question is public at once. */
    @Transactional
    public long ask(long phaseId, long authorId, String body, String category) {
        long id = questions.insert(phaseId, authorId, body.trim(), blankToNull(category), QuestionState.PUBLISHED,
                clock.instant());
        announce(load(id));
        return id;
    }

    /** A guest's question waits for a moderator, since nobody stands behind it. */
    @Transactional
    public long askAsGuest(long phaseId, String body, String category) {
        return questions.insert(phaseId, null, body.trim(), blankToNull(category), QuestionState.PENDING,
                clock.instant());
    }

    /** Marks the question as relevant for this person; a second mark counts nothing. */
    @Transactional
    public boolean markRelevant(long questionId, long accountId) {
        return questions.markRelevant(questionId, accountId, clock.instant());
    }

    /** Marks the question as relevant for this person, or takes the mark back; true when it is marked now. */
    @Transactional
    public boolean toggleRelevant(long questionId, long accountId) {
        if (questions.relevantBy(questionId, accountId)) {
            questions.unmarkRelevant(questionId, accountId);
            return false;
        }
        return questions.markRelevant(questionId, accountId, clock.instant());
    }

    @Transactional
    public void answer(long questionId, long expertId, String bodyMd) {
        Question question = load(questionId);
        Expert expert = questions.expert(question.phaseId(), expertId).orElseThrow(
                () -> new IllegalStateException("Account " + expertId + " is no expert of phase " + question.phaseId()));
        questions.insertAnswer(questionId, expertId, expert.role(), bodyMd.trim(), clock.instant());
    }

    @Transactional
    public void release(long questionId) {
        Question question = load(questionId);
        questions.state(questionId, QuestionState.PUBLISHED, null);
        announce(question);
    }

    @Transactional
    public void hide(long questionId, String reason) {
        Question question = load(questionId);
        questions.state(questionId, QuestionState.HIDDEN, reason.trim());
        questions.shortlisted(questionId, false);
        if (questions.onStage(question.phaseId()).filter(id -> id == questionId).isPresent()) {
            clearStage(question.phaseId());
        }
        events.publishEvent(new LiveUpdate(question.phaseId(), "removed", Map.of("id", questionId)));
    }

    @Transactional
    public void shortlist(long questionId, boolean value) {
        load(questionId);
        questions.shortlisted(questionId, value);
    }

    /** Whatever was on stage leaves it: one question at a time. */
    @Transactional
    public void putOnStage(long questionId) {
        Question question = load(questionId);
        if (question.state() != QuestionState.PUBLISHED) {
            throw new NotFoundException();
        }
        questions.stage(question.phaseId(), questionId);
        events.publishEvent(new LiveUpdate(question.phaseId(), "stage", live(question)));
    }

    @Transactional
    public void clearStage(long phaseId) {
        questions.stage(phaseId, null);
        events.publishEvent(new LiveUpdate(phaseId, "stage", Map.of()));
    }

    /** Answered orally at the event; it leaves the stage, which is then free for the next one. */
    @Transactional
    public void answeredOnStage(long questionId) {
        Question question = load(questionId);
        questions.answeredOnStage(questionId, true);
        questions.shortlisted(questionId, false);
        if (questions.onStage(question.phaseId()).filter(id -> id == questionId).isPresent()) {
            clearStage(question.phaseId());
        }
    }

    @Transactional
    public void nameExpert(long phaseId, long accountId, String role) {
        questions.saveExpert(phaseId, accountId, role.trim());
    }

    @Transactional
    public void removeExpert(long phaseId, long accountId) {
        questions.removeExpert(phaseId, accountId);
    }

    @Transactional
    public void categories(long phaseId, List<String> names) {
        questions.replaceCategories(phaseId, names.stream().map(String::trim).filter(n -> !n.isEmpty()).distinct()
                .toList());
    }

    /** What the live pages show of a question; never the author's account, only the public pseudonym. */
    Map<String, Object> live(Question question) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", question.id());
        data.put("body", question.body());
        data.put("category", question.category() == null ? "" : question.category());
        data.put("author", question.authorId() == null ? "" : accounts.displayName(question.authorId()));
        return data;
    }

    private void announce(Question question) {
        events.publishEvent(new LiveUpdate(question.phaseId(), "question", live(question)));
    }

    private Question load(long questionId) {
        return questions.find(questionId).orElseThrow(NotFoundException::new);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
