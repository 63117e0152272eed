package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.QuestionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads a submitted survey: which questions were shown (conditions), whether every answer fits its
 * question, and the answers to store. Problems are per question, so the page shows each beside it.
 */
final class SurveyAnswers {

    static final int SHORT_TEXT_MAX = 300;
    static final int LONG_TEXT_MAX = 5000;

    private SurveyAnswers() {
    }

    /**
     * @param values what was typed, kept to fill the form again
     * @param problems by question field, e.g. {@code q12}
     */
    record Reading(List<Answer> answers, Map<String, List<String>> values,
            Map<String, MessageSourceResolvable> problems) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    static Reading read(List<Question> questions, Map<String, List<String>> params) {
        List<Answer> answers = new ArrayList<>();
        Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
        Map<Long, Integer> chosen = new HashMap<>();
        for (Question q : questions) {
            if (!q.type().answerable() || !shown(q, chosen)) {
                continue;
            }
            List<String> raw = params.getOrDefault(q.field(), List.of()).stream().map(String::strip)
                    .filter(v -> !v.isEmpty()).toList();
            MessageSourceResolvable problem = read(q, raw, answers, chosen);
            if (problem != null) {
                problems.put(q.field(), problem);
            }
        }
        return new Reading(answers, params, problems);
    }

    /** A question shows when it has no condition, or when its condition's question shows and has that answer. */
    static boolean shown(Question q, Map<Long, Integer> chosen) {
        if (!q.conditional()) {
            return true;
        }
        Integer answer = chosen.get(q.conditionQuestionId());
        return answer != null && String.valueOf(answer).equals(q.conditionValue());
    }

    private static MessageSourceResolvable read(Question q, List<String> raw, List<Answer> answers,
            Map<Long, Integer> chosen) {
        if (raw.isEmpty()) {
            if (q.type() == QuestionType.CONSENT && q.required()) {
                return problem("survey.answer.consent-required");
            }
            return q.required() ? problem("survey.answer.required") : null;
        }
        switch (q.type()) {
            case SINGLE, DROPDOWN, YES_NO -> {
                Integer index = index(raw.get(0), q.type() == QuestionType.YES_NO ? 2 : q.optionList().size());
                if (index == null || raw.size() > 1) {
                    return problem("survey.answer.option-unknown");
                }
                answers.add(new Answer(q.id(), index, null, null));
                chosen.put(q.id(), index);
            }
            case MULTIPLE -> {
                List<Integer> indexes = new ArrayList<>();
                for (String value : raw) {
                    Integer index = index(value, q.optionList().size());
                    if (index == null) {
                        return problem("survey.answer.option-unknown");
                    }
                    if (!indexes.contains(index)) {
                        indexes.add(index);
                    }
                }
                if (q.minValue() != null && indexes.size() < q.minValue()) {
                    return problem("survey.answer.too-few", q.minValue());
                }
                if (q.maxValue() != null && indexes.size() > q.maxValue()) {
                    return problem("survey.answer.too-many", q.maxValue());
                }
                indexes.forEach(index -> answers.add(new Answer(q.id(), index, null, null)));
            }
            case SHORT_TEXT, LONG_TEXT -> {
                int max = q.type() == QuestionType.SHORT_TEXT ? SHORT_TEXT_MAX
                        : q.maxValue() == null ? LONG_TEXT_MAX : Math.min(LONG_TEXT_MAX, q.maxValue());
                String text = String.join("\n", raw);
                if (text.length() > max) {
                    return problem("survey.answer.too-long", max, text.length());
                }
                answers.add(new Answer(q.id(), null, null, text));
            }
            case NUMBER, SCALE -> {
                Double number = number(raw.get(0));
                if (number == null || (q.type() == QuestionType.SCALE && number != Math.rint(number))) {
                    return problem("survey.answer.not-a-number");
                }
                int min = q.type() == QuestionType.SCALE ? q.scaleValues().get(0) : q.minValue() == null
                        ? Integer.MIN_VALUE : q.minValue();
                int max = q.type() == QuestionType.SCALE ? q.scaleValues().get(q.scaleValues().size() - 1)
                        : q.maxValue() == null ? Integer.MAX_VALUE : q.maxValue();
                if (number < min || number > max) {
                    return q.minValue() != null || q.type() == QuestionType.SCALE
                            ? problem("survey.answer.range", min, max) : problem("survey.answer.max", max);
                }
                answers.add(new Answer(q.id(), null, number, null));
            }
            case CONSENT -> answers.add(new Answer(q.id(), 0, null, null));
            case DATE -> {
                java.time.LocalDate date = date(raw.get(0));
                if (date == null) {
                    return problem("survey.answer.not-a-date");
                }
                answers.add(new Answer(q.id(), null, null, date.toString()));
            }
            default -> throw new IllegalStateException(q.type().name());
        }
        return null;
    }

    private static Integer index(String value, int size) {
        try {
            int index = Integer.parseInt(value);
            return index >= 0 && index < size ? index : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date as a date field sends it (2026-11-26) or as people type it (26.11.2026). */
    private static java.time.LocalDate date(String value) {
        try {
            return value.contains(".") ? java.time.LocalDate.parse(value,
                    java.time.format.DateTimeFormatter.ofPattern("d.M.uuuu")) : java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Double number(String value) {
        try {
            double number = Double.parseDouble(value.replace(',', '.'));
            return Double.isFinite(number) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static MessageSourceResolvable problem(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] { key }, args, key);
    }

    /** The stored answers as form values, to show a saved response again. */
    static Map<String, List<String>> values(List<Answer> answers) {
        Map<String, List<String>> values = new HashMap<>();
        for (Answer a : answers) {
            String value = a.choice() != null ? String.valueOf(a.choice()) : a.numberValue() != null
                    ? (a.numberValue() == Math.rint(a.numberValue()) ? String.valueOf(a.numberValue().longValue())
                            : String.valueOf(a.numberValue()))
                    : a.textValue();
            values.computeIfAbsent("q" + a.questionId(), k -> new ArrayList<>()).add(value);
        }
        return values;
    }
}
