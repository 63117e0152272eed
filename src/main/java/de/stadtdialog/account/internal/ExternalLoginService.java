package de.stadtdialog.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.ConsentDocuments;
import de.stadtdialog.account.CurrentUser;
import de.stadtdialog.account.ExternalIdentity;
import de.stadtdialog.account.internal.AccountRepository.AccountRow;
import de.stadtdialog.account.internal.AccountRepository.Status;

/**
 * Accounts and the identities external providers vouch for. An identity reaches an account only
 * through a link made by someone who proved they own the account (its password, or being logged in
 * to it), or by creating a new account; an e-mail address alone never links anything.
 */
@Service
class ExternalLoginService {

    enum CreateOutcome {
        CREATED, USERNAME_TAKEN, EMAIL_TAKEN, ALREADY_LINKED
    }

    record Created(CreateOutcome outcome, CurrentUser user) {
    }

    enum UnlinkOutcome {
        UNLINKED, LAST_WAY_IN, NOT_FOUND
    }

    private final AccountRepository accounts;
    private final AccountIdentityRepository identities;
    private final AccountService accountService;
    private final ConsentDocuments consentDocuments;
    private final LoginProviders providers;
    private final Clock clock;

    ExternalLoginService(AccountRepository accounts, AccountIdentityRepository identities,
            AccountService accountService, ConsentDocuments consentDocuments, LoginProviders providers,
            Clock clock) {
        this.accounts = accounts;
        this.identities = identities;
        this.accountService = accountService;
        this.consentDocuments = consentDocuments;
        this.providers = providers;
        this.clock = clock;
    }

    /** The account this identity logs in to, if it is linked to an active one. */
    Optional<CurrentUser> linkedUser(ExternalIdentity identity) {
        return identities.accountOf(identity.provider(), identity.subject()).flatMap(this::activeUser);
    }

    /** The account as it is now, while it is active. */
    Optional<CurrentUser> activeUser(long accountId) {
        return accounts.findById(accountId).filter(AccountRow::active).map(ExternalLoginService::user);
    }

    /**
     * Whether the address the provider verified already belongs to an account: then its owner has to
     * prove it with their password before the identity is linked, and no second account gets it.
     */
    boolean verifiedEmailTaken(ExternalIdentity identity) {
        return identity.hasVerifiedEmail() && accounts.findByEmail(identity.email())
                .filter(row -> row.status() != Status.DELETED).isPresent();
    }

    /**
     * A new account for a person the provider vouched for, with their chosen public username and
     * their consent to the current terms and privacy notice. A verified address is taken as
     * confirmed; any other address is confirmed by the usual mail first.
     */
    @Transactional
    public Created createAccount(ExternalIdentity identity, String username, Locale locale) {
        if (identities.accountOf(identity.provider(), identity.subject()).isPresent()) {
            return new Created(CreateOutcome.ALREADY_LINKED, null);
        }
        if (accounts.usernameTaken(username)) {
            return new Created(CreateOutcome.USERNAME_TAKEN, null);
        }
        if (verifiedEmailTaken(identity)) {
            return new Created(CreateOutcome.EMAIL_TAKEN, null);
        }
        Instant now = clock.instant();
        String email = identity.hasVerifiedEmail() ? identity.email() : null;
        long id = accounts.insert(username, email, null, Status.ACTIVE, false, consentDocuments.termsVersion(),
                consentDocuments.privacyVersion(), now);
        identities.insert(identity.provider(), identity.subject(), id, now);
        if (email == null && identity.email() != null) {
            accountService.requestEmailChange(id, identity.email(), locale);
        }
        return new Created(CreateOutcome.CREATED, user(accounts.findById(id).orElseThrow()));
    }

    /** @return false when the identity is already linked (to this or another account) */
    @Transactional
    public boolean link(ExternalIdentity identity, long accountId) {
        if (identities.accountOf(identity.provider(), identity.subject()).isPresent()) {
            return false;
        }
        identities.insert(identity.provider(), identity.subject(), accountId, clock.instant());
        return true;
    }

    List<LinkedIdentity> identities(long accountId) {
        return identities.ofAccount(accountId).stream()
                .map(row -> new LinkedIdentity(row.provider(), providers.name(row.provider()), row.subject(),
                        row.createdAt()))
                .toList();
    }

    /** An identity is removed only while a password or another identity still opens the account. */
    @Transactional
    public UnlinkOutcome unlink(long accountId, String provider, String subject) {
        List<AccountIdentityRepository.IdentityRow> linked = identities.ofAccount(accountId);
        boolean found = linked.stream()
                .anyMatch(row -> row.provider().equals(provider) && row.subject().equals(subject));
        if (!found) {
            return UnlinkOutcome.NOT_FOUND;
        }
        boolean hasPassword = accounts.findById(accountId).map(row -> row.passwordHash() != null).orElse(false);
        if (!hasPassword && linked.size() < 2) {
            return UnlinkOutcome.LAST_WAY_IN;
        }
        identities.delete(accountId, provider, subject);
        return UnlinkOutcome.UNLINKED;
    }

    private static CurrentUser user(AccountRow row) {
        return new CurrentUser(row.id(), row.username(), row.platformAdmin());
    }
}
