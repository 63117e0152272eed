package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.Lotteries;

/** An eligibility rule an initiator set on an application form. */
public record LotteryRule(long id, long phaseId, Lotteries.Rule kind, long questionId, int amount) {

    static final String COLUMNS = "id, phase_id, kind, question_id, amount";
}
