package de.stadtdialog.moderation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A report as the form sends it: which item, why, and optionally more in the person's words. */
public class ReportForm {

    @NotBlank
    public String art;

    public Long id;

    /** Checked by the controller against the known categories. */
    public String grund;

    @Size(max = 1000)
    public String text;
}
