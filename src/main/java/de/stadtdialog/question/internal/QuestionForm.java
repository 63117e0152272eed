package de.stadtdialog.question.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class QuestionForm {

    @NotBlank
    @Size(max = 1000)
    public String body = "";

    public String category = "";
}
