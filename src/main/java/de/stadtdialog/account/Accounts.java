package de.stadtdialog.account;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.internal.AccountRepository;
import de.stadtdialog.account.internal.AccountRepository.AccountRow;
import de.stadtdialog.account.internal.AccountService;

/** What other modules may ask about accounts. */
@Service
public class Accounts {

    /** An account to create with {@link Accounts#createConfirmed(List, String)}. */
    public record NewAccount(String username, String email, boolean platformAdmin) {
    }

    private final AccountRepository repository;
    private final AccountService service;
    private final MessageSource messages;

    Accounts(AccountRepository repository, AccountService service, MessageSource messages) {
        this.repository = repository;
        this.service = service;
        this.messages = messages;
    }

    public static Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
    }

    /** The public pseudonym, or "Gelöschtes Konto" for an account that no longer exists. */
    public String displayName(Long accountId) {
        return displayNames(Collections.singletonList(accountId)).get(accountId);
    }

    /**
     * The public pseudonyms of many accounts in one query. Accounts that no longer exist, and a
     * null id (an author removed with their account), map to "Gelöschtes Konto".
     */
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>(repository.activeUsernames(accountIds));
        accountIds.forEach(id -> names.putIfAbsent(id, deletedName()));
        return names;
    }

    private String deletedName() {
        return messages.getMessage("account.deleted-name", null, LocaleContextHolder.getLocale());
    }

    public Optional<Long> findActiveIdByLogin(String usernameOrEmail) {
        return repository.findByLogin(usernameOrEmail).filter(AccountRow::active).map(AccountRow::id);
    }

    /** The address of an active account, for mails the person asked for (e.g. a survey confirmation). */
    public Optional<String> activeEmail(long accountId) {
        return repository.findById(accountId).filter(AccountRow::active).map(AccountRow::email);
    }

    public List<String> platformAdminEmails() {
        return repository.platformAdminEmails();
    }

    /** The active platform administrators, who also act as the coordination office. */
    public List<Long> platformAdminIds() {
        return repository.platformAdminIds();
    }

    /**
     * Creates an account that needs no e-mail confirmation, for administrators setting up staff
     * and for demo content.
     */
    @Transactional
    public long createConfirmed(String username, String email, String rawPassword, boolean platformAdmin) {
        return service.createConfirmed(username, email, rawPassword, platformAdmin);
    }

    /**
     * Creates accounts that need no e-mail confirmation and all sign in with the same password, which is
     * hashed once for all of them rather than once each (a hash costs a noticeable part of a second):
     * for demo content, whose password is published anyway.
     *
     * @return the new accounts' ids, in the order given
     */
    @Transactional
    public List<Long> createConfirmed(List<NewAccount> accounts, String rawPassword) {
        return service.createConfirmed(accounts, rawPassword);
    }
}
