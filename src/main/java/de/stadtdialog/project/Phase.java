package de.stadtdialog.project;

import java.time.LocalDate;

import de.stadtdialog.permission.PhaseState;
import de.stadtdialog.permission.Requirement;

/**
 * A phase of a project: a period with a title, hosting one format in one of its phase kinds.
 * Start and end are whole days in the city's time zone, both inclusive.
 */
public record Phase(long id, long projectId, String title, String description, LocalDate startsOn, LocalDate endsOn,
        String formatKey, String phaseKind, Requirement requirement) {

    /** The only definition of whether a phase is upcoming, active or past. */
    public PhaseState stateOn(LocalDate today) {
        if (today.isBefore(startsOn)) {
            return PhaseState.UPCOMING;
        }
        return today.isAfter(endsOn) ? PhaseState.PAST : PhaseState.ACTIVE;
    }
}
