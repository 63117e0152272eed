package de.stadtdialog.survey.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;

import de.stadtdialog.shared.geo.GeoArea;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores responses: one per account (changed in place where the survey allows it), any number from paper. */
@Service
class SurveyService {

    enum Channel {
        ONLINE, KIOSK, PAPER
    }

    private final SurveyRepository surveys;
    private final FormRepository forms;
    private final Clock clock;

    SurveyService(SurveyRepository surveys, FormRepository forms, Clock clock) {
        this.surveys = surveys;
        this.forms = forms;
        this.clock = clock;
    }

    /**
     * What became of a submission: stored, refused because the person already answered, or the form's problems.
     *
     * @param receipt for quizzes and applications, the token that opens the thanks page with the score or number
     */
    record Outcome(boolean stored, boolean alreadyAnswered, SurveyAnswers.Reading reading, String receipt,
            long responseId) {
    }

    @Transactional
    public Outcome respond(Survey survey, long accountId, Map<String, List<String>> params, GeoArea area) {
        SurveyAnswers.Reading reading = SurveyAnswers.read(surveys.questions(survey.phaseId()), params, area);
        Optional<Long> existing = surveys.responseOf(survey.phaseId(), accountId);
        if (existing.isPresent() && !survey.editable()) {
            return new Outcome(false, true, reading, null, 0);
        }
        if (!reading.ok()) {
            return new Outcome(false, false, reading, null, 0);
        }
        if (existing.isPresent()) {
            surveys.replaceAnswers(existing.get(), reading.answers(), clock.instant());
            return new Outcome(true, false, reading, receipt(survey, existing.get(), reading), existing.get());
        }
        long responseId;
        try {
            responseId = surveys.insertResponse(survey.phaseId(), accountId, Channel.ONLINE.name(), null,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            // the same person sent twice at the same moment: the first one counts
            return new Outcome(false, true, reading, null, 0);
        }
        surveys.insertAnswers(responseId, reading.answers());
        forms.deleteDraft(survey.phaseId(), accountId);
        return new Outcome(true, false, reading, receipt(survey, responseId, reading), responseId);
    }

    /** Quizzes keep the score and give a receipt for the page with the solutions; applications a receipt too. */
    String receipt(Survey survey, long responseId, SurveyAnswers.Reading reading) {
        if (survey.purpose() != Survey.Purpose.QUIZ && survey.purpose() != Survey.Purpose.APPLICATION) {
            return null;
        }
        String token = GuestResponses.newToken();
        forms.setReceipt(responseId, GuestResponses.hash(token),
                survey.purpose() == Survey.Purpose.QUIZ ? reading.score() : null);
        return token;
    }

    /** Keeps a half-filled form of an account, with the page reached, to finish later. */
    @Transactional
    public void saveDraft(long phaseId, long accountId, String answers, int page) {
        forms.saveDraft(phaseId, accountId, answers, page, clock.instant());
    }

    /** A questionnaire on paper, typed in by staff; it counts as a response of its own. */
    @Transactional
    public SurveyAnswers.Reading enterPaper(Survey survey, long staffId, Map<String, List<String>> params,
            GeoArea area) {
        SurveyAnswers.Reading reading = SurveyAnswers.read(surveys.questions(survey.phaseId()), params, area);
        if (reading.ok()) {
            long responseId = surveys.insertResponse(survey.phaseId(), null, Channel.PAPER.name(), staffId,
                    clock.instant());
            surveys.insertAnswers(responseId, reading.answers());
            receipt(survey, responseId, reading);
        }
        return reading;
    }

    /** The person's saved answers as form values, or none. */
    Map<String, List<String>> saved(long phaseId, long accountId) {
        return surveys.responseOf(phaseId, accountId).map(id -> SurveyAnswers.values(surveys.questions(phaseId),
                surveys.answers(id))).orElse(Map.of());
    }
}
