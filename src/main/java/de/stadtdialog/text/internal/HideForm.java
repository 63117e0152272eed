package de.stadtdialog.text.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class HideForm {

    @NotBlank
    @Size(max = 1000)
    public String reason = "";
}
