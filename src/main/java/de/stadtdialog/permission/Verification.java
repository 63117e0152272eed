package de.stadtdialog.permission;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person's verification as a resident, seen on one day (the day of the request), so the
 * evaluator can tell expiry and age without a clock.
 *
 * @param validUntil the last day the verification counts
 * @param districtId the district the person lives in, null when not known
 * @param birthDate null when not known
 * @param asOf the day the question is asked
 */
public record Verification(LocalDate validUntil, Long districtId, LocalDate birthDate, LocalDate asOf) {

    public boolean expired() {
        return asOf.isAfter(validUntil);
    }

    /** Full years on {@link #asOf}, null without a birth date. */
    public Integer age() {
        return birthDate == null ? null : Period.between(birthDate, asOf).getYears();
    }
}
