package de.stadtdialog.organisation.internal;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.AccountDeleted;
import de.stadtdialog.account.PersonalDataSource;
import de.stadtdialog.shared.web.StaffDirectory;

/** How organisations take part in the account's life cycle and the page frame. */
@Component
class OrganisationSupport implements StaffDirectory, PersonalDataSource {

    private final OrganisationRepository repository;

    OrganisationSupport(OrganisationRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean isStaff(long accountId) {
        return repository.isStaff(accountId);
    }

    @EventListener
    void on(AccountDeleted event) {
        repository.removeAllMemberships(event.accountId());
    }

    @Override
    public String section() {
        return "memberships";
    }

    @Override
    public Object collect(long accountId) {
        return repository.rolesOf(accountId).entrySet().stream()
                .map(entry -> Map.of(
                        "organisation", repository.findById(entry.getKey()).map(o -> o.name()).orElse(""),
                        "role", entry.getValue().name()))
                .toList();
    }

}
