package de.stadtdialog.participation;

import java.time.LocalDate;
import java.util.Map;

import de.stadtdialog.permission.Decision;
import de.stadtdialog.permission.PhaseState;

/**
 * The phase a format renders, with the evaluator's decision for each of the format's actions for
 * the person looking, so the format shows or explains its buttons without asking again.
 */
public record PhaseContext(long projectId, String projectSlug, String projectTitle, long phaseId, String phaseTitle,
        String phaseKind, PhaseState state, LocalDate start, LocalDate end, Map<String, Decision> decisions) {

    public Decision decision(String action) {
        return decisions.getOrDefault(action, Decision.deny("permission.not-in-phase", phaseTitle));
    }
}
