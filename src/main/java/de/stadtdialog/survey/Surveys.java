package de.stadtdialog.survey;

import java.util.List;
import java.util.Map;

/**
 * The survey's API for other modules: building a survey and filling it, as the demo city and
 * imports of paper questionnaires do. Callers are trusted code; citizens use the pages.
 */
public interface Surveys {

    /**
     * A question; options are for choice questions, min and max for numbers, scales and multiple
     * choice; the condition names an earlier question and the position of one of its options.
     */
    record NewQuestion(QuestionType type, String title, String help, boolean required, List<String> options,
            Integer min, Integer max, String minLabel, String maxLabel, Long conditionQuestionId,
            Integer conditionOption, boolean newPage, boolean otherOption, boolean shuffle, List<String> statements,
            List<Integer> correct, String explanation) {

        public NewQuestion(QuestionType type, String title, String help, boolean required, List<String> options,
                Integer min, Integer max, String minLabel, String maxLabel, Long conditionQuestionId,
                Integer conditionOption) {
            this(type, title, help, required, options, min, max, minLabel, maxLabel, conditionQuestionId,
                    conditionOption, false, false, false, List.of(), List.of(), null);
        }

        public static NewQuestion choice(QuestionType type, String title, boolean required, String... options) {
            return new NewQuestion(type, title, null, required, List.of(options), null, null, null, null, null, null);
        }

        /** A section that starts a new page of the form. */
        public static NewQuestion page(String title, String intro) {
            return new NewQuestion(QuestionType.SECTION, title, intro, false, List.of(), null, null, null, null, null,
                    null, true, false, false, List.of(), List.of(), null);
        }

        public NewQuestion withCondition(long questionId, int option) {
            return new NewQuestion(type, title, help, required, options, min, max, minLabel, maxLabel, questionId,
                    option, newPage, otherOption, shuffle, statements, correct, explanation);
        }

        /** For a quiz: the correct options and what the participant learns afterwards. */
        public NewQuestion withSolution(String explanation, Integer... correct) {
            return new NewQuestion(type, title, help, required, options, min, max, minLabel, maxLabel,
                    conditionQuestionId, conditionOption, newPage, otherOption, shuffle, statements, List.of(correct),
                    explanation);
        }
    }

    void configure(long phaseId, String introMd, boolean liveResults, boolean editable);

    /**
     * What the form is for: SURVEY, VOTE, QUIZ or APPLICATION. An application's answers are private to the
     * initiator, and seats can be drawn by lot among the eligible (see {@link Lotteries}).
     */
    void setPurpose(long phaseId, String purpose);

    /** The picture of an option of an image choice, with its alternative text. */
    void setOptionImage(long questionId, int position, byte[] png, String alt);

    long addQuestion(long phaseId, NewQuestion question);

    /**
     * A response: online by the account, or a paper questionnaire when the account is null.
     * Answers by question id as the form would send them (option positions, numbers, texts); for a matrix
     * the scale position per statement in order, for a ranking the option positions from first to last, for
     * a location "lat,lon" or a named place's position, for "Sonstiges" {@code other:<text>}.
     */
    void addResponse(long phaseId, Long accountId, Map<Long, List<String>> answers);
}
