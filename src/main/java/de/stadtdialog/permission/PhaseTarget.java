package de.stadtdialog.permission;

import java.time.LocalDate;

/**
 * A format action in one phase of a project.
 *
 * @param action the format action's key, e.g. {@code idea.submit}
 * @param enabledInPhase whether the phase's kind enables the action
 * @param state the phase's state today, as the project's timeline computes it
 */
public record PhaseTarget(ProjectTarget project, String phaseTitle, LocalDate start, LocalDate end, PhaseState state,
        String action, Audience audience, boolean enabledInPhase, Requirement requirement) {
}
