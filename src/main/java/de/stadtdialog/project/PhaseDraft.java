package de.stadtdialog.project;

import java.time.LocalDate;

import de.stadtdialog.permission.Requirement;

/** @param residents kept only when the phase requires verification */
public record PhaseDraft(String title, String description, LocalDate startsOn, LocalDate endsOn, String formatKey,
        String phaseKind, Requirement requirement, PhaseResidents residents) {

    public PhaseDraft(String title, String description, LocalDate startsOn, LocalDate endsOn, String formatKey,
            String phaseKind, Requirement requirement) {
        this(title, description, startsOn, endsOn, formatKey, phaseKind, requirement, PhaseResidents.ANY);
    }

    public PhaseDraft {
        residents = requirement == Requirement.VERIFIED && residents != null ? residents : PhaseResidents.ANY;
    }
}
