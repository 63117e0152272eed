package de.stadtdialog.verification.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** What a staff member records after checking a person's ID at the desk. */
public class InPersonForm {

    @NotNull
    public Long accountId;

    public Long districtId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate birthDate;

    @AssertTrue(message = "{verification.in-person.id-checked.required}")
    public boolean idChecked;
}
