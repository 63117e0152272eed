package de.stadtdialog.permission;

import java.time.LocalDate;

/**
 * A format action in one phase of a project.
 *
 * @param action the format action's key, e.g. {@code idea.submit}
 * @param enabledInPhase whether the phase's kind enables the action
 * @param state the phase's state today, as the project's timeline computes it
 * @param actorNamed whether the format names the actor for the phase, which only {@link Audience#NAMED} asks
 * @param residents who among verified residents may take part, which only {@link Requirement#VERIFIED} asks
 */
public record PhaseTarget(ProjectTarget project, String phaseTitle, LocalDate start, LocalDate end, PhaseState state,
        String action, Audience audience, boolean enabledInPhase, Requirement requirement, boolean actorNamed,
        ResidentRule residents) {

    public PhaseTarget(ProjectTarget project, String phaseTitle, LocalDate start, LocalDate end, PhaseState state,
            String action, Audience audience, boolean enabledInPhase, Requirement requirement, boolean actorNamed) {
        this(project, phaseTitle, start, end, state, action, audience, enabledInPhase, requirement, actorNamed,
                ResidentRule.NONE);
    }

    public PhaseTarget(ProjectTarget project, String phaseTitle, LocalDate start, LocalDate end, PhaseState state,
            String action, Audience audience, boolean enabledInPhase, Requirement requirement) {
        this(project, phaseTitle, start, end, state, action, audience, enabledInPhase, requirement, false);
    }
}
