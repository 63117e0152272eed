package de.stadtdialog.verification.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The one-time code from the letter. */
public class LetterForm {

    @NotBlank
    @Size(max = 40)
    public String code = "";
}
