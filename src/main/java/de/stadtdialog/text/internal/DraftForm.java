package de.stadtdialog.text.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class DraftForm {

    @NotBlank
    @Size(max = 200000)
    public String bodyMd = "";
}
