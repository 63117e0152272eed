package de.stadtdialog.project.internal;

import java.time.LocalDate;

/**
 * Where a project stands with its duty to report back. A project owes results once its last phase
 * has ended; after the configured number of weeks without them its initiators are reminded.
 */
public enum ResultsState {
    /** Still planned or running: nothing is owed yet. */
    NOT_DUE,
    /** Finished, results not yet published, within the weeks the city gives itself. */
    PENDING,
    /** Finished longer ago than those weeks, and still no results. */
    OVERDUE,
    PUBLISHED;

    static ResultsState of(boolean published, LocalDate lastPhaseEnd, LocalDate today, int weeks) {
        if (published) {
            return PUBLISHED;
        }
        if (lastPhaseEnd == null || !today.isAfter(lastPhaseEnd)) {
            return NOT_DUE;
        }
        return today.isAfter(lastPhaseEnd.plusWeeks(weeks)) ? OVERDUE : PENDING;
    }

    public boolean waiting() {
        return this == PENDING || this == OVERDUE;
    }
}
