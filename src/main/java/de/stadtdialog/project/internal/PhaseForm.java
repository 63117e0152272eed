package de.stadtdialog.project.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import de.stadtdialog.permission.Requirement;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.PhaseDraft;

public class PhaseForm {

    @NotBlank
    @Size(max = 120)
    public String title = "";

    @Size(max = 1000)
    public String description = "";

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate startsOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate endsOn;

    /** The format and its phase kind, as "format:kind". */
    @NotBlank
    public String formatKind = "";

    @NotNull
    public Requirement requirement = Requirement.ACCOUNT;

    static PhaseForm of(Phase phase) {
        PhaseForm form = new PhaseForm();
        form.title = phase.title();
        form.description = phase.description() == null ? "" : phase.description();
        form.startsOn = phase.startsOn();
        form.endsOn = phase.endsOn();
        form.formatKind = phase.formatKey() + ":" + phase.phaseKind();
        form.requirement = phase.requirement();
        return form;
    }

    String formatKey() {
        return formatKind.contains(":") ? formatKind.substring(0, formatKind.indexOf(':')) : formatKind;
    }

    String phaseKind() {
        return formatKind.contains(":") ? formatKind.substring(formatKind.indexOf(':') + 1) : "";
    }

    PhaseDraft toDraft() {
        return new PhaseDraft(title.trim(), description == null || description.isBlank() ? null : description.trim(),
                startsOn, endsOn, formatKey(), phaseKind(), requirement);
    }
}
