package de.stadtdialog.survey.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.PersonalDataSource;
import de.stadtdialog.survey.Surveys;

/** {@link Surveys} on top of the module's repository; answers are checked like a submitted form. */
@Service
class SurveyApi implements Surveys, PersonalDataSource {

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
                q.conditionOption() == null ? null : String.valueOf(q.conditionOption()), q.newPage(),
                q.otherOption(), q.shuffle(), q.statements() == null || q.statements().isEmpty() ? null
                        : String.join("\n", q.statements()),
                q.correct() == null || q.correct().isEmpty() ? null
                        : String.join(",", q.correct().stream().map(String::valueOf).toList()),
                q.explanation()));
        return surveys.questions(phaseId).stream().mapToLong(Question::id).max().orElseThrow();
    }

    @Override
    @Transactional
    public void makeApplicationForm(long phaseId) {
        surveys.ensure(phaseId);
        Survey survey = surveys.survey(phaseId).orElseThrow();
        surveys.setPurpose(phaseId, Survey.Purpose.APPLICATION, survey.textsModerated());
        surveys.update(phaseId, survey.introMd(), Survey.Results.PRIVATE, survey.editable());
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

    @Override
    public String section() {
        return "surveys";
    }

    /** Every survey the person answered online, with each question and the answer as stored. */
    @Override
    public Object collect(long accountId) {
        return surveys.responsesOf(accountId).stream().map(response -> {
            Map<Long, Question> questions = new HashMap<>();
            surveys.questions(response.phaseId()).forEach(q -> questions.put(q.id(), q));
            List<Map<String, Object>> answers = surveys.answers(response.id()).stream().map(a -> {
                Question q = questions.get(a.questionId());
                Map<String, Object> answer = new java.util.LinkedHashMap<>();
                answer.put("question", q == null ? null : q.title());
                answer.put("answer", a.choice() != null && q != null && q.type().choice()
                        ? q.optionList().get(a.choice()) : a.choice() != null ? a.choice()
                        : a.numberValue() != null ? a.numberValue() : a.textValue());
                return answer;
            }).toList();
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("phase", response.phaseId());
            row.put("sent", response.createdAt().toString());
            row.put("answers", answers);
            return row;
        }).toList();
    }
}
