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
            Integer conditionOption) {

        public static NewQuestion choice(QuestionType type, String title, boolean required, String... options) {
            return new NewQuestion(type, title, null, required, List.of(options), null, null, null, null, null, null);
        }
    }

    void configure(long phaseId, String introMd, boolean liveResults, boolean editable);

    long addQuestion(long phaseId, NewQuestion question);

    /**
     * A response: online by the account, or a paper questionnaire when the account is null.
     * Answers by question id as the form would send them (option positions, numbers, texts).
     */
    void addResponse(long phaseId, Long accountId, Map<Long, List<String>> answers);
}
