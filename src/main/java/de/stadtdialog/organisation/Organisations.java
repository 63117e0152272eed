package de.stadtdialog.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.organisation.internal.OrganisationRepository;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.OrgRole;

/** What other modules may ask about organisations and their members. */
@Service
public class Organisations {

    private final OrganisationRepository repository;
    private final Accounts accounts;

    Organisations(OrganisationRepository repository, Accounts accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    public List<Organisation> all() {
        return repository.findAll();
    }

    public Optional<Organisation> find(long id) {
        return repository.findById(id);
    }

    public Optional<Organisation> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    public Map<Long, OrgRole> rolesOf(long accountId) {
        return repository.rolesOf(accountId);
    }

    /** The person making the current request, as the permission evaluator sees them. */
    public Actor currentActor() {
        return Accounts.current()
                .map(user -> new Actor(user.id(), user.platformAdmin(), repository.rolesOf(user.id()), false))
                .orElse(Actor.ANONYMOUS);
    }

    @Transactional
    public long create(Organisation organisation) {
        return repository.insert(organisation);
    }

    @Transactional
    public void addMember(long organisationId, long accountId, OrgRole role) {
        repository.putMember(organisationId, accountId, role);
    }

    public List<Member> members(long organisationId) {
        var rows = repository.members(organisationId);
        Map<Long, String> names = accounts.displayNames(rows.stream().map(row -> row.accountId()).toList());
        return rows.stream().map(row -> new Member(row.accountId(), names.get(row.accountId()), row.role())).toList();
    }
}
