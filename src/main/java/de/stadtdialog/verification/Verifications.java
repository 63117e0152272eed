package de.stadtdialog.verification;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.verification.internal.VerificationService;

/** What other modules (the demo, imports) may ask of and tell the verification module. */
@Service
public class Verifications {

    private final VerificationService service;

    Verifications(VerificationService service) {
        this.service = service;
    }

    public Optional<VerificationStatus> of(long accountId) {
        return service.status(accountId);
    }

    /** Records that a staff member checked the person's ID; replaces an earlier verification. */
    @Transactional
    public void verifyInPerson(long staffId, long accountId, Long districtId, LocalDate birthDate) {
        service.verifyInPerson(staffId, accountId, districtId, birthDate);
    }
}
