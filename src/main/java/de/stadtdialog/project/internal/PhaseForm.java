package de.stadtdialog.project.internal;

import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import de.stadtdialog.permission.Requirement;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.PhaseDraft;
import de.stadtdialog.project.PhaseResidents;

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

    /** For verified residents only: the districts they must live in (none: the whole city). */
    public List<Long> districtIds = new ArrayList<>();

    /** For verified residents only: the minimum age in years (empty: any age). */
    @Min(1)
    @Max(120)
    public Integer minimumAge;

    static PhaseForm of(Phase phase, PhaseResidents residents) {
        PhaseForm form = new PhaseForm();
        form.title = phase.title();
        form.description = phase.description() == null ? "" : phase.description();
        form.startsOn = phase.startsOn();
        form.endsOn = phase.endsOn();
        form.formatKind = phase.formatKey() + ":" + phase.phaseKind();
        form.requirement = phase.requirement();
        form.districtIds = new ArrayList<>(residents.districtIds());
        form.minimumAge = residents.minimumAge();
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
                startsOn, endsOn, formatKey(), phaseKind(), requirement, residents());
    }

    PhaseResidents residents() {
        return new PhaseResidents(districtIds == null ? List.of() : districtIds.stream().distinct().toList(), minimumAge);
    }
}
