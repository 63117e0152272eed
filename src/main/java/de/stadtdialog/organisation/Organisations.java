package de.stadtdialog.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.organisation.internal.OrganisationRepository;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.ActorFacts;
import de.stadtdialog.permission.OrgRole;

/** What other modules may ask about organisations and their members. */
@Service
public class Organisations {

    private final OrganisationRepository repository;
    private final Accounts accounts;
    private final ObjectProvider<ActorFacts> facts;

    Organisations(OrganisationRepository repository, Accounts accounts, ObjectProvider<ActorFacts> facts) {
        this.repository = repository;
        this.accounts = accounts;
        this.facts = facts;
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
                .map(user -> actorFor(user.id(), user.platformAdmin()))
                .orElse(Actor.ANONYMOUS);
    }

    /** A logged-in person as the permission evaluator sees them, with what other modules know. */
    public Actor actorFor(long accountId, boolean platformAdmin) {
        Actor actor = new Actor(accountId, platformAdmin, repository.rolesOf(accountId), null);
        for (ActorFacts source : facts.orderedStream().toList()) {
            actor = source.addTo(actor);
        }
        return actor;
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
