package de.stadtdialog.verification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's verification as stored, also when it has expired.
 *
 * @param districtId null when not known
 * @param birthDate null when not known
 * @param verifiedBy the staff member who checked an ID in person, null for other methods
 */
public record VerificationStatus(long accountId, VerificationMethod method, Instant verifiedAt, LocalDate validUntil,
        Long districtId, LocalDate birthDate, Long verifiedBy) {

    public boolean expiredOn(LocalDate day) {
        return day.isAfter(validUntil);
    }
}
