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
    private final SurveyService service;
    private final FormRepository forms;
    private final de.stadtdialog.shared.storage.FileStorage storage;
    private final Clock clock;

    SurveyApi(SurveyRepository surveys, SurveyService service, FormRepository forms,
            de.stadtdialog.shared.storage.FileStorage storage, Clock clock) {
        this.forms = forms;
        this.storage = storage;
        this.surveys = surveys;
        this.service = service;
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
    public void setPurpose(long phaseId, String purpose) {
        surveys.ensure(phaseId);
        Survey.Purpose chosen = Survey.Purpose.valueOf(purpose);
        Survey survey = surveys.survey(phaseId).orElseThrow();
        surveys.setPurpose(phaseId, chosen, survey.textsModerated());
        if (chosen == Survey.Purpose.APPLICATION) {
            surveys.update(phaseId, survey.introMd(), Survey.Results.PRIVATE, survey.editable());
        }
    }

    @Override
    @Transactional
    public void setOptionImage(long questionId, int position, byte[] png, String alt) {
        String old = forms.putImage(questionId, position, storage.store(png, "png"), alt);
        if (old != null) {
            storage.delete(old);
        }
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
    public void addResponse(long phaseId, Long accountId, Map<Long, List<String>> answers) {
        List<Question> questions = surveys.questions(phaseId);
        Map<String, List<String>> params = new HashMap<>();
        answers.forEach((question, values) -> {
            String field = "q" + question;
            var type = questions.stream().filter(q -> q.id() == question).map(Question::type).findFirst().orElse(null);
            if (type == de.stadtdialog.survey.QuestionType.MATRIX) {
                for (int s = 0; s < values.size(); s++) {
                    params.put(field + "-s" + s, List.of(values.get(s)));
                }
            } else if (type == de.stadtdialog.survey.QuestionType.RANKING) {
                for (int rank = 0; rank < values.size(); rank++) {
                    params.put(field + "-r" + values.get(rank), List.of(String.valueOf(rank + 1)));
                }
            } else if (type == de.stadtdialog.survey.QuestionType.LOCATION && !values.isEmpty()) {
                String[] point = values.get(0).split(",");
                if (point.length == 2) {
                    params.put(field + "-lat", List.of(point[0]));
                    params.put(field + "-lon", List.of(point[1]));
                } else {
                    params.put(field + "-place", values);
                }
            } else {
                List<String> plain = new java.util.ArrayList<>();
                for (String value : values) {
                    if (value.startsWith(SurveyAnswers.OTHER_VALUE + ":")) {
                        plain.add(SurveyAnswers.OTHER_VALUE);
                        params.put(field + "-other", List.of(value.substring(SurveyAnswers.OTHER_VALUE.length() + 1)));
                    } else {
                        plain.add(value);
                    }
                }
                params.put(field, plain);
            }
        });
        SurveyAnswers.Reading reading = SurveyAnswers.read(questions, params);
        if (!reading.ok()) {
            throw new IllegalArgumentException("Invalid answers: " + reading.problems().keySet());
        }
        long response = surveys.insertResponse(phaseId, accountId, accountId == null ? "PAPER" : "ONLINE", null,
                clock.instant());
        surveys.replaceAnswers(response, reading.answers(), clock.instant());
        service.receipt(surveys.survey(phaseId).orElseThrow(), response, reading);
    }

    @Override
    public String section() {
        return "surveys";
    }

    /** Every survey the person answered online, with each question and the answer as stored, and saved drafts. */
    @Override
    public Object collect(long accountId) {
        List<Map<String, Object>> drafts = forms.draftsOf(accountId).stream().map(draft -> {
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("phase", draft.phaseId());
            row.put("draftSaved", draft.savedAt().toString());
            row.put("draftValues", draft.answers());
            return row;
        }).toList();
        return java.util.stream.Stream.concat(responses(accountId).stream(), drafts.stream()).toList();
    }

    private List<Map<String, Object>> responses(long accountId) {
        return surveys.responsesOf(accountId).stream().map(response -> {
            Map<Long, Question> questions = new HashMap<>();
            surveys.questions(response.phaseId()).forEach(q -> questions.put(q.id(), q));
            List<Map<String, Object>> answers = surveys.answers(response.id()).stream().map(a -> {
                Question q = questions.get(a.questionId());
                Map<String, Object> answer = new java.util.LinkedHashMap<>();
                answer.put("question", q == null ? null : q.title());
                answer.put("answer", q == null ? a.textValue() : describe(q, a));
                return answer;
            }).toList();
            Map<String, Object> row = new java.util.LinkedHashMap<>();
            row.put("phase", response.phaseId());
            row.put("sent", response.createdAt().toString());
            row.put("answers", answers);
            return row;
        }).toList();
    }

    /** An answer as the person gave it: the option's words, not its position. */
    static Object describe(Question q, Answer a) {
        List<String> options = q.optionList();
        if (a.choice() != null && a.choice() == Question.OTHER) {
            return "Sonstiges: " + a.textValue();
        }
        if (q.type() == de.stadtdialog.survey.QuestionType.MATRIX && a.numberValue() != null) {
            List<String> statements = q.statementList();
            int point = a.numberValue().intValue();
            return (a.choice() < statements.size() ? statements.get(a.choice()) : a.choice()) + ": "
                    + (point < options.size() ? options.get(point) : point);
        }
        if (q.type() == de.stadtdialog.survey.QuestionType.RANKING && a.numberValue() != null) {
            return (a.choice() < options.size() ? options.get(a.choice()) : a.choice()) + ": "
                    + a.numberValue().intValue();
        }
        if (a.choice() != null && q.type().choice() && a.choice() >= 0 && a.choice() < options.size()) {
            return options.get(a.choice());
        }
        return a.choice() != null ? a.choice() : a.numberValue() != null ? a.numberValue() : a.textValue();
    }
}
