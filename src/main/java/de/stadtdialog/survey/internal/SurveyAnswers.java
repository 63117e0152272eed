package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.QuestionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import de.stadtdialog.shared.geo.GeoArea;

/**
 * Reads a submitted survey: which questions were shown (conditions of questions and of the sections
 * they stand in), whether every answer fits its question, and the answers to store. Problems are per
 * question, so the page shows each beside it.
 *
 * <p>Form fields: {@code q<id>} for the answer; {@code q<id>-other} for the text of "Sonstiges"
 * (value {@code other}); {@code q<id>-s<n>} for statement n of a matrix; {@code q<id>-r<n>} for the
 * rank of option n; {@code q<id>-lat}, {@code q<id>-lon} and {@code q<id>-place} for a location.
 */
final class SurveyAnswers {

    static final int SHORT_TEXT_MAX = 300;
    static final int LONG_TEXT_MAX = 5000;
    static final String OTHER_VALUE = "other";

    private SurveyAnswers() {
    }

    /**
     * @param values what was typed, kept to fill the form again
     * @param problems by question field, e.g. {@code q12}
     * @param shown the questions (and sections) the person saw, given their earlier answers
     * @param score for a quiz, how many graded questions were answered exactly right
     */
    record Reading(List<Answer> answers, Map<String, List<String>> values,
            Map<String, MessageSourceResolvable> problems, Set<Long> shown, int score) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    static Reading read(List<Question> questions, Map<String, List<String>> params) {
        return read(questions, params, null);
    }

    /** @param area the project's area, which a location must lie in; null for none */
    static Reading read(List<Question> questions, Map<String, List<String>> params, GeoArea area) {
        List<Answer> answers = new ArrayList<>();
        Map<String, MessageSourceResolvable> problems = new LinkedHashMap<>();
        Map<Long, Integer> chosen = new HashMap<>();
        Set<Long> shown = new HashSet<>();
        boolean sectionShown = true;
        for (Question q : questions) {
            if (q.type() == QuestionType.SECTION) {
                sectionShown = shown(q, chosen, shown);
                if (sectionShown) {
                    shown.add(q.id());
                }
                continue;
            }
            if (!sectionShown || !shown(q, chosen, shown)) {
                continue;
            }
            shown.add(q.id());
            MessageSourceResolvable problem = read(q, params, answers, chosen, area);
            if (problem != null) {
                problems.put(q.field(), problem);
            }
        }
        return new Reading(answers, params, problems, shown, score(questions, answers));
    }

    /** A question shows when it has no condition, or when its condition's question showed and has that answer. */
    private static boolean shown(Question q, Map<Long, Integer> chosen, Set<Long> shown) {
        if (!q.conditional()) {
            return true;
        }
        Integer answer = chosen.get(q.conditionQuestionId());
        return shown.contains(q.conditionQuestionId()) && answer != null
                && String.valueOf(answer).equals(q.conditionValue());
    }

    private static List<String> raw(Map<String, List<String>> params, String field) {
        return params.getOrDefault(field, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static MessageSourceResolvable read(Question q, Map<String, List<String>> params, List<Answer> answers,
            Map<Long, Integer> chosen, GeoArea area) {
        switch (q.type()) {
            case MATRIX -> {
                return matrix(q, params, answers);
            }
            case RANKING -> {
                return ranking(q, params, answers);
            }
            case LOCATION -> {
                return location(q, params, answers, area);
            }
            default -> {
            }
        }
        List<String> raw = raw(params, q.field());
        if (raw.isEmpty()) {
            if (q.type() == QuestionType.CONSENT && q.required()) {
                return problem("survey.answer.consent-required");
            }
            return q.required() ? problem("survey.answer.required") : null;
        }
        switch (q.type()) {
            case SINGLE, DROPDOWN, YES_NO, IMAGE_CHOICE -> {
                if (raw.size() > 1) {
                    return problem("survey.answer.option-unknown");
                }
                if (OTHER_VALUE.equals(raw.get(0)) && q.otherOption()) {
                    return other(q, params, answers);
                }
                Integer index = index(raw.get(0), q.type() == QuestionType.YES_NO ? 2 : q.optionList().size());
                if (index == null) {
                    return problem("survey.answer.option-unknown");
                }
                answers.add(new Answer(q.id(), index, null, null));
                chosen.put(q.id(), index);
            }
            case MULTIPLE -> {
                List<Integer> indexes = new ArrayList<>();
                boolean other = false;
                for (String value : raw) {
                    if (OTHER_VALUE.equals(value) && q.otherOption()) {
                        other = true;
                        continue;
                    }
                    Integer index = index(value, q.optionList().size());
                    if (index == null) {
                        return problem("survey.answer.option-unknown");
                    }
                    if (!indexes.contains(index)) {
                        indexes.add(index);
                    }
                }
                int count = indexes.size() + (other ? 1 : 0);
                if (q.minValue() != null && count < q.minValue()) {
                    return problem("survey.answer.too-few", q.minValue());
                }
                if (q.maxValue() != null && count > q.maxValue()) {
                    return problem("survey.answer.too-many", q.maxValue());
                }
                if (other) {
                    MessageSourceResolvable problem = other(q, params, answers);
                    if (problem != null) {
                        return problem;
                    }
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

    /** "Sonstiges" needs its text: the choice is stored as {@link Question#OTHER} with what was typed. */
    private static MessageSourceResolvable other(Question q, Map<String, List<String>> params, List<Answer> answers) {
        String text = String.join(" ", raw(params, q.field() + "-other"));
        if (text.isEmpty()) {
            return problem("survey.answer.other-required");
        }
        if (text.length() > SHORT_TEXT_MAX) {
            return problem("survey.answer.too-long", SHORT_TEXT_MAX, text.length());
        }
        answers.add(new Answer(q.id(), Question.OTHER, null, text));
        return null;
    }

    /** Each statement gets one point of the scale; a required matrix needs all of them. */
    private static MessageSourceResolvable matrix(Question q, Map<String, List<String>> params, List<Answer> answers) {
        List<String> statements = q.statementList();
        List<Answer> mine = new ArrayList<>();
        for (int s = 0; s < statements.size(); s++) {
            List<String> raw = raw(params, q.field() + "-s" + s);
            if (raw.isEmpty()) {
                continue;
            }
            Integer point = index(raw.get(0), q.optionList().size());
            if (point == null || raw.size() > 1) {
                return problem("survey.answer.option-unknown");
            }
            mine.add(new Answer(q.id(), s, (double) point, null));
        }
        if (q.required() && mine.size() < statements.size()) {
            return problem("survey.answer.matrix-incomplete", statements.size() - mine.size());
        }
        answers.addAll(mine);
        return null;
    }

    /**
     * Ranks 1 to n, each at most once. A required ranking orders every option; an optional one may
     * rank only the first few, but without gaps.
     */
    private static MessageSourceResolvable ranking(Question q, Map<String, List<String>> params, List<Answer> answers) {
        int size = q.optionList().size();
        List<Answer> mine = new ArrayList<>();
        Set<Integer> ranks = new TreeSet<>();
        for (int o = 0; o < size; o++) {
            List<String> raw = raw(params, q.field() + "-r" + o);
            if (raw.isEmpty()) {
                continue;
            }
            Integer rank = index(raw.get(0), size + 1);
            if (rank == null || rank == 0) {
                return problem("survey.answer.option-unknown");
            }
            if (!ranks.add(rank)) {
                return problem("survey.answer.rank-twice", rank);
            }
            mine.add(new Answer(q.id(), o, (double) rank, null));
        }
        if (mine.isEmpty()) {
            return q.required() ? problem("survey.answer.required") : null;
        }
        if (q.required() && mine.size() < size) {
            return problem("survey.answer.rank-all", size);
        }
        if (ranks.size() != ((TreeSet<Integer>) ranks).last()) {
            return problem("survey.answer.rank-gap");
        }
        answers.addAll(mine);
        return null;
    }

    /** A named place from the list, or coordinates (point or comma) inside the project's area. */
    private static MessageSourceResolvable location(Question q, Map<String, List<String>> params,
            List<Answer> answers, GeoArea area) {
        List<String> place = raw(params, q.field() + "-place");
        List<String> lat = raw(params, q.field() + "-lat");
        List<String> lon = raw(params, q.field() + "-lon");
        Double latitude;
        Double longitude;
        if (!place.isEmpty()) {
            Integer index = index(place.get(0), q.places().size());
            if (index == null) {
                return problem("survey.answer.option-unknown");
            }
            latitude = q.places().get(index).lat();
            longitude = q.places().get(index).lon();
        } else if (!lat.isEmpty() || !lon.isEmpty()) {
            latitude = lat.isEmpty() ? null : number(lat.get(0));
            longitude = lon.isEmpty() ? null : number(lon.get(0));
            if (latitude == null || longitude == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                return problem("survey.answer.not-a-place");
            }
        } else {
            return q.required() ? problem("survey.answer.place-required") : null;
        }
        if (area != null && !area.contains(latitude, longitude)) {
            return problem("survey.answer.outside");
        }
        answers.add(new Answer(q.id(), null, null, String.format(Locale.ROOT, "%.6f,%.6f", latitude, longitude)));
        return null;
    }

    /** Graded quiz questions whose chosen options are exactly the correct ones. */
    static int score(List<Question> questions, List<Answer> answers) {
        int score = 0;
        for (Question q : questions) {
            if (!q.graded()) {
                continue;
            }
            Set<Integer> given = new TreeSet<>();
            answers.stream().filter(a -> a.questionId() == q.id() && a.choice() != null).forEach(a -> given.add(a.choice()));
            if (given.equals(q.correctOptions())) {
                score++;
            }
        }
        return score;
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
    static Map<String, List<String>> values(List<Question> questions, List<Answer> answers) {
        Map<Long, Question> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        Map<String, List<String>> values = new HashMap<>();
        for (Answer a : answers) {
            Question q = byId.get(a.questionId());
            if (q == null) {
                continue;
            }
            String field = q.field();
            switch (q.type()) {
                case MATRIX -> put(values, field + "-s" + a.choice(), String.valueOf(a.numberValue().intValue()));
                case RANKING -> put(values, field + "-r" + a.choice(), String.valueOf(a.numberValue().intValue()));
                case LOCATION -> {
                    String[] point = a.textValue().split(",");
                    put(values, field + "-lat", point[0]);
                    put(values, field + "-lon", point.length > 1 ? point[1] : "");
                }
                default -> {
                    if (a.choice() != null && a.choice() == Question.OTHER) {
                        put(values, field, OTHER_VALUE);
                        put(values, field + "-other", a.textValue());
                    } else {
                        put(values, field, a.choice() != null ? String.valueOf(a.choice()) : a.numberValue() != null
                                ? (a.numberValue() == Math.rint(a.numberValue())
                                        ? String.valueOf(a.numberValue().longValue()) : String.valueOf(a.numberValue()))
                                : a.textValue());
                    }
                }
            }
        }
        return values;
    }

    private static void put(Map<String, List<String>> values, String field, String value) {
        values.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
    }
}
