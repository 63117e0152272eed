package de.stadtdialog.question.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class ExpertAnswerForm {

    @NotBlank
    @Size(max = 10000)
    public String answer = "";
}
