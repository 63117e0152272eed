package de.stadtdialog.survey.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores responses: one per account (changed in place where the survey allows it), any number from paper. */
@Service
class SurveyService {

    enum Channel {
        ONLINE, KIOSK, PAPER
    }

    private final SurveyRepository surveys;
    private final Clock clock;

    SurveyService(SurveyRepository surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    /** What became of a submission: stored, refused because the person already answered, or the form's problems. */
    record Outcome(boolean stored, boolean alreadyAnswered, SurveyAnswers.Reading reading) {
    }

    @Transactional
    public Outcome respond(Survey survey, long accountId, Map<String, List<String>> params) {
        SurveyAnswers.Reading reading = SurveyAnswers.read(surveys.questions(survey.phaseId()), params);
        Optional<Long> existing = surveys.responseOf(survey.phaseId(), accountId);
        if (existing.isPresent() && !survey.editable()) {
            return new Outcome(false, true, reading);
        }
        if (!reading.ok()) {
            return new Outcome(false, false, reading);
        }
        if (existing.isPresent()) {
            surveys.replaceAnswers(existing.get(), reading.answers(), clock.instant());
            return new Outcome(true, false, reading);
        }
        long responseId;
        try {
            responseId = surveys.insertResponse(survey.phaseId(), accountId, Channel.ONLINE.name(), null,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            // the same person sent twice at the same moment: the first one counts
            return new Outcome(false, true, reading);
        }
        surveys.insertAnswers(responseId, reading.answers());
        return new Outcome(true, false, reading);
    }

    /** A questionnaire on paper, typed in by staff; it counts as a response of its own. */
    @Transactional
    public SurveyAnswers.Reading enterPaper(Survey survey, long staffId, Map<String, List<String>> params) {
        SurveyAnswers.Reading reading = SurveyAnswers.read(surveys.questions(survey.phaseId()), params);
        if (reading.ok()) {
            long responseId = surveys.insertResponse(survey.phaseId(), null, Channel.PAPER.name(), staffId,
                    clock.instant());
            surveys.insertAnswers(responseId, reading.answers());
        }
        return reading;
    }

    /** The person's saved answers as form values, or none. */
    Map<String, List<String>> saved(long phaseId, long accountId) {
        return surveys.responseOf(phaseId, accountId).map(id -> SurveyAnswers.values(surveys.answers(id)))
                .orElse(Map.of());
    }
}
