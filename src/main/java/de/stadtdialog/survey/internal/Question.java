package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One question of a survey. Options of choice questions are one per line; answers store their position. */
public record Question(long id, long phaseId, int position, QuestionType type, String title, String help,
        boolean required, String options, Integer minValue, Integer maxValue, String minLabel, String maxLabel,
        Long conditionQuestionId, String conditionValue, boolean newPage, boolean otherOption, boolean shuffle,
        String statements, String correct, String explanation) {

    /** Yes and no are choices 0 and 1; their words come from the reader's language. */
    static final int YES = 0;
    static final int NO = 1;

    static final String COLUMNS = "id, phase_id, position, type, title, help, required, options, min_value, "
            + "max_value, min_label, max_label, condition_question_id, condition_value, new_page, other_option, shuffle, "
            + "statements, correct, explanation";

    /** The stored choice of "Sonstiges", whose text is the answer's text. */
    static final int OTHER = -1;

    public List<String> optionList() {
        return lines(options);
    }

    /** What the options are called: yes and no (in the reader's language), "I agree", or the listed options. */
    public List<String> labels(String yes, String no) {
        return type == QuestionType.YES_NO ? List.of(yes, no) : type == QuestionType.CONSENT ? List.of(yes)
                : optionList();
    }

    /** The statements of a matrix, one per line. */
    public List<String> statementList() {
        return lines(statements);
    }

    /** A place people can choose instead of using the map: a location question's option "Name; lat, lon". */
    public record Place(String name, double lat, double lon) {
    }

    /** The named places of a location question; lines that are no place are left out. */
    public List<Place> places() {
        List<Place> places = new java.util.ArrayList<>();
        for (String line : optionList()) {
            String[] parts = line.split(";");
            String[] point = parts.length == 2 ? parts[1].split(",") : new String[0];
            if (point.length == 2) {
                try {
                    places.add(new Place(parts[0].strip(), Double.parseDouble(point[0].strip()),
                            Double.parseDouble(point[1].strip())));
                } catch (NumberFormatException e) {
                    // not a place: the back office refuses such lines, older ones are skipped
                }
            }
        }
        return places;
    }

    /** The positions of the options a quiz counts as correct. */
    public java.util.Set<Integer> correctOptions() {
        if (correct == null || correct.isBlank()) {
            return java.util.Set.of();
        }
        java.util.Set<Integer> positions = new java.util.TreeSet<>();
        for (String part : correct.split(",")) {
            try {
                positions.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                // a position that is no number cannot be correct
            }
        }
        return positions;
    }

    public boolean graded() {
        return !correctOptions().isEmpty();
    }

    /** The field name of the question in the form. */
    public String field() {
        return "q" + id;
    }

    /** The values a scale offers, from its minimum to its maximum. */
    public List<Integer> scaleValues() {
        int from = minValue == null ? 1 : minValue;
        int to = maxValue == null ? 5 : maxValue;
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    public boolean conditional() {
        return conditionQuestionId != null;
    }

    /**
     * The non-blank lines of the text, stripped. Split by hand, not with a regular expression: forms,
     * results and exports ask for the options once per answer.
     */
    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || lineBreak(text.charAt(i))) {
                String line = text.substring(start, i).strip();
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return Collections.unmodifiableList(lines);
    }

    /** The characters that end a line for {@code \R}; a CR LF only leaves an empty line between, which is dropped. */
    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
