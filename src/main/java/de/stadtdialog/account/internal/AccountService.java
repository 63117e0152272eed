package de.stadtdialog.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.AccountDeleted;
import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.ConsentDocuments;
import de.stadtdialog.account.PersonalDataSource;
import de.stadtdialog.account.internal.AccountRepository.AccountRow;
import de.stadtdialog.account.internal.AccountRepository.Status;
import de.stadtdialog.shared.mail.Mailer;
import de.stadtdialog.shared.web.PlatformSettings;

/** Everything a person does with their own account. Each public method is one transaction. */
@Service
public class AccountService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final AccountIdentityRepository identities;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final ConsentDocuments consentDocuments;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PlatformSettings settings;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<PersonalDataSource> personalData;
    private final Clock clock;

    AccountService(AccountRepository accounts, AccountIdentityRepository identities, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            ConsentDocuments consentDocuments, Mailer mailer, MessageSource messages, PlatformSettings settings,
            ApplicationEventPublisher events, ObjectProvider<PersonalDataSource> personalData, Clock clock) {
        this.accounts = accounts;
        this.identities = identities;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.consentDocuments = consentDocuments;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
        this.events = events;
        this.personalData = personalData;
        this.clock = clock;
    }

    public enum Outcome {
        OK, USERNAME_TAKEN
    }

    Optional<String> checkPassword(String password, String username, String email) {
        return passwordPolicy.check(password, username, email);
    }

    /**
     * Registers an account that is usable once the link sent by mail is opened. When the address
     * is already registered, its owner gets a mail about it and the caller learns nothing.
     */
    @Transactional
    public Outcome register(String username, String email, String password, Locale locale) {
        if (accounts.usernameTaken(username)) {
            return Outcome.USERNAME_TAKEN;
        }
        Instant now = clock.instant();
        Optional<AccountRow> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            mail(email, locale, "mail.already-registered", settings.baseUrl() + "/passwort-vergessen");
            return Outcome.OK;
        }
        long id = accounts.insert(username, email, passwordEncoder.encode(password), Status.PENDING, false,
                consentDocuments.termsVersion(), consentDocuments.privacyVersion(), now);
        String token = newToken(id, TokenPurpose.CONFIRM_ACCOUNT, null, now);
        mail(email, locale, "mail.confirm", settings.baseUrl() + "/konto/bestaetigen?token=" + token);
        return Outcome.OK;
    }

    @Transactional
    public long createConfirmed(String username, String email, String rawPassword, boolean platformAdmin) {
        String hash = rawPassword == null ? null : passwordEncoder.encode(rawPassword);
        return accounts.insert(username, email, hash, Status.ACTIVE, platformAdmin, null, null, clock.instant());
    }

    /** Confirmed accounts sharing one password, hashed once. */
    @Transactional
    public List<Long> createConfirmed(List<Accounts.NewAccount> newAccounts, String rawPassword) {
        String hash = passwordEncoder.encode(rawPassword);
        return newAccounts.stream().map(account -> accounts.insert(account.username(), account.email(), hash,
                Status.ACTIVE, account.platformAdmin(), null, null, clock.instant())).toList();
    }

    /** @return whether the account is now confirmed */
    @Transactional
    public boolean confirm(String token) {
        return useToken(token, TokenPurpose.CONFIRM_ACCOUNT).map(row -> {
            accounts.activate(row.accountId(), clock.instant());
            return true;
        }).orElse(false);
    }

    /** Always looks the same to the caller, so nobody can probe which addresses are registered. */
    @Transactional
    public void requestPasswordReset(String email, Locale locale) {
        accounts.findByEmail(email).filter(row -> row.status() != Status.DELETED).ifPresent(row -> {
            String token = newToken(row.id(), TokenPurpose.RESET_PASSWORD, null, clock.instant());
            mail(row.email(), locale, "mail.reset", settings.baseUrl() + "/passwort-neu?token=" + token);
        });
    }

    @Transactional
    public void sendPasswordSetupLink(long accountId, Locale locale) {
        accounts.findById(accountId).ifPresent(row -> {
            String token = newToken(row.id(), TokenPurpose.RESET_PASSWORD, null, clock.instant());
            mail(row.email(), locale, "mail.setup", settings.baseUrl() + "/passwort-neu?token=" + token);
        });
    }

    boolean resetTokenValid(String token) {
        return findValidToken(token, TokenPurpose.RESET_PASSWORD).isPresent();
    }

    /** Setting a password through the mailed link also confirms the address. */
    @Transactional
    public boolean resetPassword(String token, String newPassword) {
        return useToken(token, TokenPurpose.RESET_PASSWORD).map(row -> {
            accounts.updatePassword(row.accountId(), passwordEncoder.encode(newPassword));
            accounts.activate(row.accountId(), clock.instant());
            return true;
        }).orElse(false);
    }

    boolean hasPassword(long accountId) {
        return accounts.findById(accountId).map(row -> row.passwordHash() != null).orElse(false);
    }

    /**
     * Whether the person may change their account with this current password. An account opened only
     * through an identity provider has no password to ask for: there the login itself is the proof.
     */
    boolean confirmsOwnership(long accountId, String currentPassword) {
        return accounts.findById(accountId)
                .map(row -> row.passwordHash() == null || passwordEncoder.matches(currentPassword, row.passwordHash()))
                .orElse(false);
    }

    @Transactional
    public void changePassword(long accountId, String newPassword) {
        accounts.updatePassword(accountId, passwordEncoder.encode(newPassword));
    }

    /** The new address takes effect once the link sent to it is opened. */
    @Transactional
    public void requestEmailChange(long accountId, String newEmail, Locale locale) {
        if (accounts.findByEmail(newEmail).isPresent()) {
            mail(newEmail, locale, "mail.already-registered", settings.baseUrl() + "/passwort-vergessen");
            return;
        }
        String token = newToken(accountId, TokenPurpose.CHANGE_EMAIL, newEmail.trim(), clock.instant());
        mail(newEmail, locale, "mail.change-email", settings.baseUrl() + "/konto/email-bestaetigen?token=" + token);
    }

    @Transactional
    public boolean confirmEmailChange(String token) {
        return useToken(token, TokenPurpose.CHANGE_EMAIL).map(row -> {
            if (accounts.findByEmail(row.newEmail()).isPresent()) {
                return false;
            }
            accounts.updateEmail(row.accountId(), row.newEmail());
            return true;
        }).orElse(false);
    }

    @Transactional
    public void delete(long accountId, boolean removeContributions) {
        accounts.anonymise(accountId, clock.instant());
        identities.deleteAll(accountId);
        events.publishEvent(new AccountDeleted(accountId, removeContributions));
    }

    /** @return false when another account already uses the name */
    @Transactional
    public boolean changeUsername(long accountId, String username) {
        if (accounts.findById(accountId).map(row -> AccountRepository.key(username)
                .equals(AccountRepository.key(row.username()))).orElse(false)) {
            accounts.updateUsername(accountId, username);
            return true;
        }
        if (accounts.usernameTaken(username)) {
            return false;
        }
        accounts.updateUsername(accountId, username);
        return true;
    }

    public Map<String, Object> personalData(long accountId) {
        AccountRow row = accounts.findById(accountId).orElseThrow();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", row.id());
        account.put("username", row.username());
        account.put("email", row.email());
        account.put("status", row.status().name());
        account.put("platformAdmin", row.platformAdmin());
        account.put("createdAt", String.valueOf(row.createdAt()));
        account.put("confirmedAt", String.valueOf(row.confirmedAt()));
        account.put("acceptedTermsVersion", row.termsVersion());
        account.put("acceptedPrivacyVersion", row.privacyVersion());
        account.put("consentedAt", String.valueOf(row.consentedAt()));
        account.put("identityProviders", identities.ofAccount(accountId).stream()
                .map(identity -> Map.of("provider", identity.provider(), "subject", identity.subject(),
                        "linkedAt", identity.createdAt().toString()))
                .toList());
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.put("account", account);
        for (PersonalDataSource source : personalData.orderedStream().toList()) {
            export.put(source.section(), source.collect(accountId));
        }
        return export;
    }

    private String newToken(long accountId, TokenPurpose purpose, String newEmail, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.insertToken(hash(token), accountId, purpose, newEmail, now, now.plus(purpose.validity));
        return token;
    }

    private Optional<AccountRepository.TokenRow> findValidToken(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.findToken(hash(token), purpose)
                .filter(row -> row.usedAt() == null && row.expiresAt().isAfter(clock.instant()));
    }

    private Optional<AccountRepository.TokenRow> useToken(String token, TokenPurpose purpose) {
        return findValidToken(token, purpose).filter(row -> accounts.useToken(hash(token), clock.instant()));
    }

    private void mail(String to, Locale locale, String key, String link) {
        String subject = messages.getMessage(key + ".subject", new Object[] { settings.name() }, locale);
        String body = messages.getMessage(key + ".body", new Object[] { settings.name(), link }, locale);
        mailer.send(to, subject, body);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
