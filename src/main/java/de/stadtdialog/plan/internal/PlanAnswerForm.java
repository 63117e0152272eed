package de.stadtdialog.plan.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The city's answer to a request: the planned participation, or the public reason for refusing. */
public class PlanAnswerForm {

    @NotNull
    public Boolean accepted;

    @Size(max = 5000)
    public String answer = "";
}
