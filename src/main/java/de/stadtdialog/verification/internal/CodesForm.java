package de.stadtdialog.verification.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** How many letter codes to create, for which district and until when they work. */
public class CodesForm {

    @NotNull
    @Min(1)
    @Max(VerificationService.MAX_CODES)
    public Integer count = 100;

    /** Empty for codes that carry no district. */
    public Long districtId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate validUntil;
}
