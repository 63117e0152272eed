package de.stadtdialog.verification.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What a citizen enters to be found in the resident register. */
public class RegisterForm {

    @NotBlank
    @Size(max = 100)
    public String surname = "";

    @NotBlank
    @Size(max = 100)
    public String firstName = "";

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate birthDate;

    @Pattern(regexp = "\\s*\\d{5}\\s*", message = "{verification.postcode.invalid}")
    public String postcode = "";

    Resident resident() {
        return new Resident(surname, firstName, birthDate, postcode);
    }
}
