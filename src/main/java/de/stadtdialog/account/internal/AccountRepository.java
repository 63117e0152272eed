package de.stadtdialog.account.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
public class AccountRepository {

    public enum Status {
        PENDING, ACTIVE, DELETED
    }

    public record AccountRow(long id, String username, String email, String passwordHash, Status status,
            boolean platformAdmin, String termsVersion, String privacyVersion, Instant consentedAt, Instant createdAt,
            Instant confirmedAt) {

        public boolean active() {
            return status == Status.ACTIVE;
        }
    }

    private static final String COLUMNS = "id, username, email, password_hash, status, platform_admin, terms_version, "
            + "privacy_version, consented_at, created_at, confirmed_at";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String key(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    long insert(String username, String email, String passwordHash, Status status, boolean platformAdmin,
            String termsVersion, String privacyVersion, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into account (username, username_key, email, email_key, password_hash, status, platform_admin,
                    terms_version, privacy_version, consented_at, created_at, confirmed_at)
                values (:username, :usernameKey, :email, :emailKey, :hash, :status, :admin, :terms, :privacy,
                    :consentedAt, :now, :confirmedAt)
                """)
                .param("username", username.trim())
                .param("usernameKey", key(username))
                .param("email", email == null ? null : email.trim())
                .param("emailKey", key(email))
                .param("hash", passwordHash)
                .param("status", status.name())
                .param("admin", platformAdmin)
                .param("terms", termsVersion)
                .param("privacy", privacyVersion)
                .param("consentedAt", termsVersion == null ? null : java.sql.Timestamp.from(now))
                .param("now", java.sql.Timestamp.from(now))
                .param("confirmedAt", status == Status.ACTIVE ? java.sql.Timestamp.from(now) : null)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<AccountRow> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ?").param(id).query(RecordRowMapper.of(AccountRow.class)).optional();
    }

    public Optional<AccountRow> findByLogin(String usernameOrEmail) {
        String key = key(usernameOrEmail);
        return jdbc.sql("select " + COLUMNS + " from account where email_key = :key or username_key = :key")
                .param("key", key)
                .query(RecordRowMapper.of(AccountRow.class))
                .list()
                .stream()
                .findFirst();
    }

    Optional<AccountRow> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from account where email_key = ?").param(key(email))
                .query(RecordRowMapper.of(AccountRow.class)).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from account where username_key = ?").param(key(username))
                .query(Long.class).single() > 0;
    }

    void activate(long id, Instant now) {
        jdbc.sql("update account set status = 'ACTIVE', confirmed_at = ? where id = ? and status = 'PENDING'")
                .params(java.sql.Timestamp.from(now), id).update();
    }

    void updatePassword(long id, String hash) {
        jdbc.sql("update account set password_hash = ? where id = ?").params(hash, id).update();
    }

    /** Registrations never confirmed: nothing refers to them but their spent links. */
    int deleteUnconfirmed(Instant before) {
        jdbc.sql("delete from account_token where account_id in (select id from account where status = 'PENDING' "
                + "and created_at < ?)").param(java.sql.Timestamp.from(before)).update();
        return jdbc.sql("delete from account where status = 'PENDING' and created_at < ?")
                .param(java.sql.Timestamp.from(before)).update();
    }

    /** A login counts as activity and cancels a pending deletion for inactivity. */
    void markActive(long id, Instant now) {
        jdbc.sql("update account set last_active_at = ?, inactivity_warned_at = null where id = ?")
                .params(java.sql.Timestamp.from(now), id).update();
    }

    /** Active, non-administrator accounts without a login since the given time and not yet warned. */
    List<Long> inactiveSince(Instant before) {
        return jdbc.sql("""
                select id from account where status = 'ACTIVE' and platform_admin = false
                    and coalesce(last_active_at, created_at) < ? and inactivity_warned_at is null
                order by id
                """).param(java.sql.Timestamp.from(before)).query(Long.class).list();
    }

    /** @return whether this call claimed the warning (another node may have been first) */
    boolean claimInactivityWarning(long id, Instant now) {
        return jdbc.sql("update account set inactivity_warned_at = ? where id = ? and inactivity_warned_at is null")
                .params(java.sql.Timestamp.from(now), id).update() == 1;
    }

    /** Warned before the given time and not logged in since the warning. */
    List<Long> warnedBefore(Instant before) {
        return jdbc.sql("""
                select id from account where status = 'ACTIVE' and platform_admin = false
                    and inactivity_warned_at < ?
                    and (last_active_at is null or last_active_at < inactivity_warned_at)
                order by id
                """).param(java.sql.Timestamp.from(before)).query(Long.class).list();
    }

    /** @return whether this call anonymised the account (another node may have been first) */
    boolean anonymiseIfActive(long id, Instant now) {
        boolean claimed = jdbc.sql("update account set status = 'DELETING' where id = ? and status = 'ACTIVE'")
                .param(id).update() == 1;
        if (claimed) {
            anonymise(id, now);
        }
        return claimed;
    }

    void recordConsent(long id, String termsVersion, String privacyVersion, Instant now) {
        jdbc.sql("update account set terms_version = ?, privacy_version = ?, consented_at = ? where id = ?")
                .params(termsVersion, privacyVersion, java.sql.Timestamp.from(now), id).update();
    }

    void updateUsername(long id, String username) {
        jdbc.sql("update account set username = ?, username_key = ? where id = ?")
                .params(username.trim(), key(username), id).update();
    }

    void updateEmail(long id, String email) {
        jdbc.sql("update account set email = ?, email_key = ? where id = ?").params(email.trim(), key(email), id)
                .update();
    }

    /** Keeps the row so contributions keep their author reference, but nothing that identifies the person. */
    void anonymise(long id, Instant now) {
        jdbc.sql("""
                update account set username = null, username_key = null, email = null, email_key = null,
                    password_hash = null, status = 'DELETED', platform_admin = false, deleted_at = ?
                where id = ?
                """).params(java.sql.Timestamp.from(now), id).update();
        jdbc.sql("delete from account_token where account_id = ?").param(id).update();
    }

    public Map<Long, String> activeUsernames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        List<Long> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (!wanted.isEmpty()) {
            jdbc.sql("select id, username from account where status = 'ACTIVE' and id in (:ids)")
                    .param("ids", wanted)
                    .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return names;
    }

    public List<String> platformAdminEmails() {
        return jdbc.sql("select email from account where platform_admin = true and status = 'ACTIVE' order by id")
                .query(String.class).list();
    }

    public List<Long> platformAdminIds() {
        return jdbc.sql("select id from account where platform_admin = true and status = 'ACTIVE' order by id")
                .query(Long.class).list();
    }

    boolean anyPlatformAdmin() {
        return jdbc.sql("select count(*) from account where platform_admin = true and status <> 'DELETED'")
                .query(Long.class).single() > 0;
    }

    void insertToken(String hash, long accountId, TokenPurpose purpose, String newEmail, Instant now, Instant expires) {
        jdbc.sql("""
                insert into account_token (token_hash, account_id, purpose, new_email, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)
                """).params(hash, accountId, purpose.name(), newEmail, java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(expires)).update();
    }

    record TokenRow(long accountId, String newEmail, Instant expiresAt, Instant usedAt) {
    }

    Optional<TokenRow> findToken(String hash, TokenPurpose purpose) {
        return jdbc.sql("select account_id, new_email, expires_at, used_at from account_token "
                + "where token_hash = ? and purpose = ?")
                .params(hash, purpose.name()).query(RecordRowMapper.of(TokenRow.class)).optional();
    }

    /** @return whether this call used the token (false when another request was first) */
    boolean useToken(String hash, Instant now) {
        return jdbc.sql("update account_token set used_at = ? where token_hash = ? and used_at is null")
                .params(java.sql.Timestamp.from(now), hash).update() == 1;
    }

    void recordFailedLogin(String loginKey, String address, Instant now) {
        jdbc.sql("insert into login_attempt (login_key, remote_address, attempted_at) values (?, ?, ?)")
                .params(loginKey, address, java.sql.Timestamp.from(now)).update();
    }

    long failedLoginsFor(String loginKey, Instant since) {
        return jdbc.sql("select count(*) from login_attempt where login_key = ? and attempted_at > ?")
                .params(loginKey, java.sql.Timestamp.from(since)).query(Long.class).single();
    }

    long failedLoginsFrom(String address, Instant since) {
        return jdbc.sql("select count(*) from login_attempt where remote_address = ? and attempted_at > ?")
                .params(address, java.sql.Timestamp.from(since)).query(Long.class).single();
    }

    void clearFailedLogins(String loginKey) {
        jdbc.sql("delete from login_attempt where login_key = ?").param(loginKey).update();
    }

    void purgeTokens(Instant now) {
        jdbc.sql("delete from account_token where expires_at < ? or used_at is not null")
                .param(java.sql.Timestamp.from(now)).update();
    }

    void purgeLoginAttempts(Instant before) {
        jdbc.sql("delete from login_attempt where attempted_at < ?").param(java.sql.Timestamp.from(before)).update();
    }
}
