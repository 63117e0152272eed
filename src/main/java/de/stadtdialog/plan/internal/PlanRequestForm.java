package de.stadtdialog.plan.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A citizen's request for participation in an entry. */
public class PlanRequestForm {

    @NotBlank
    @Size(max = 5000)
    public String justification = "";
}
