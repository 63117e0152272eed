package de.stadtdialog.project.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The weeks a city gives itself to publish results after a project's last phase, and what follows from them. */
@Component
class ResultsDeadline {

    private final Clock clock;
    private final int weeks;

    ResultsDeadline(Clock clock, @Value("${stadtdialog.results.reminder-weeks}") int weeks) {
        this.clock = clock;
        this.weeks = weeks;
    }

    ResultsState state(boolean published, LocalDate lastPhaseEnd) {
        return ResultsState.of(published, lastPhaseEnd, LocalDate.now(clock), weeks);
    }

    /** @return the day results are due, or null for a project without phases */
    LocalDate dueOn(LocalDate lastPhaseEnd) {
        return lastPhaseEnd == null ? null : lastPhaseEnd.plusWeeks(weeks);
    }
}
