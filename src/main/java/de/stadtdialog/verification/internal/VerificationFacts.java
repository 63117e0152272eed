package de.stadtdialog.verification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.AccountDeleted;
import de.stadtdialog.account.PersonalDataSource;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.ActorFacts;
import de.stadtdialog.permission.Verification;

/**
 * A person's verification as the permission evaluator sees it, in "download my data", and gone
 * with the account. The claim on a register row stays, so the person cannot verify a second account
 * by the register.
 */
@Component
class VerificationFacts implements ActorFacts, PersonalDataSource {

    private final VerificationRepository repository;
    private final Clock clock;

    VerificationFacts(VerificationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Actor addTo(Actor actor) {
        return repository.find(actor.accountId())
                .map(status -> actor.withVerification(new Verification(status.validUntil(), status.districtId(),
                        status.birthDate(), LocalDate.now(clock))))
                .orElse(actor);
    }

    @Override
    public String section() {
        return "verification";
    }

    @Override
    public Object collect(long accountId) {
        return repository.find(accountId).map(status -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("method", status.method().name());
            data.put("verifiedAt", status.verifiedAt().toString());
            data.put("validUntil", status.validUntil().toString());
            data.put("districtId", status.districtId());
            data.put("birthDate", status.birthDate() == null ? null : status.birthDate().toString());
            return (Object) data;
        }).orElse(Map.of());
    }

    @EventListener
    @Transactional
    void on(AccountDeleted event) {
        repository.delete(event.accountId());
    }
}
