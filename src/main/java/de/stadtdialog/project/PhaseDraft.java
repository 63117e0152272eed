package de.stadtdialog.project;

import java.time.LocalDate;

import de.stadtdialog.permission.Requirement;

public record PhaseDraft(String title, String description, LocalDate startsOn, LocalDate endsOn, String formatKey,
        String phaseKind, Requirement requirement) {
}
