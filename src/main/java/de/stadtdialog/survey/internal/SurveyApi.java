package de.stadtdialog.survey.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.survey.Surveys;

/** {@link Surveys} on top of the module's repository; answers are checked like a submitted form. */
@Service
class SurveyApi implements Surveys {

    private final SurveyRepository surveys;
    private final Clock clock;

    SurveyApi(SurveyRepository surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void configure(long phaseId, String introMd, boolean liveResults, boolean editable) {
        surveys.ensure(phaseId);
        surveys.update(phaseId, introMd, liveResults ? Survey.Results.LIVE : Survey.Results.AFTER_END, editable);
    }

    @Override
    @Transactional
    public long addQuestion(long phaseId, NewQuestion q) {
        surveys.ensure(phaseId);
        surveys.insertQuestion(new Question(0, phaseId, 0, q.type(), q.title(), q.help(), q.required(),
                q.options() == null || q.options().isEmpty() ? null : String.join("\n", q.options()), q.min(), q.max(),
                q.minLabel(), q.maxLabel(), q.conditionQuestionId(),
                q.conditionOption() == null ? null : String.valueOf(q.conditionOption())));
        return surveys.questions(phaseId).stream().mapToLong(Question::id).max().orElseThrow();
    }

    @Override
    @Transactional
    public void addResponse(long phaseId, Long accountId, Map<Long, List<String>> answers) {
        Map<String, List<String>> params = new HashMap<>();
        answers.forEach((question, values) -> params.put("q" + question, values));
        SurveyAnswers.Reading reading = SurveyAnswers.read(surveys.questions(phaseId), params);
        if (!reading.ok()) {
            throw new IllegalArgumentException("Invalid answers: " + reading.problems().keySet());
        }
        long response = surveys.insertResponse(phaseId, accountId, accountId == null ? "PAPER" : "ONLINE", null,
                clock.instant());
        surveys.replaceAnswers(response, reading.answers(), clock.instant());
    }
}
