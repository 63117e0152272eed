package de.stadtdialog.survey;

import java.util.Map;

/**
 * The lottery of an application form, for trusted code such as the demo city: eligibility rules and
 * the draw. Staff use the back-office page; both end in the same checks and the same record.
 */
public interface Lotteries {

    /** What an eligibility rule asks of an applicant's answer. */
    enum Rule {
        /** At least this many years old on the day of the draw (a date question: the birth date). */
        MIN_AGE,
        /** At most this many years old on the day of the draw. */
        MAX_AGE,
        /** This option chosen (its position; yes is 0) in a choice, yes/no or consent question. */
        ANSWER,
        /** At least this number in a number question. */
        MIN_NUMBER
    }

    long addRule(long phaseId, Rule rule, long questionId, int amount);

    /**
     * Draws the seats among the eligible; final until annulled. Throws when the draw is not allowed
     * (applications still open, a draw in force, quotas larger than the seats).
     *
     * @param quotas seats reserved per option position of the quota question; empty without quotas
     * @return the draw's id
     */
    long draw(long phaseId, long accountId, int seats, Long quotaQuestionId, Map<Integer, Integer> quotas,
            String seed);
}
