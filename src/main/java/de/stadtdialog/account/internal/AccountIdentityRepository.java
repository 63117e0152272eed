package de.stadtdialog.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.stadtdialog.shared.jdbc.RecordRowMapper;

/** Which identities at external providers log in to which account. */
@Repository
class AccountIdentityRepository {

    record IdentityRow(String provider, String subject, long accountId, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    AccountIdentityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> accountOf(String provider, String subject) {
        return jdbc.sql("select account_id from account_identity where provider = ? and subject = ?")
                .params(provider, subject).query(Long.class).optional();
    }

    void insert(String provider, String subject, long accountId, Instant now) {
        jdbc.sql("insert into account_identity (provider, subject, account_id, created_at) values (?, ?, ?, ?)")
                .params(provider, subject, accountId, java.sql.Timestamp.from(now)).update();
    }

    List<IdentityRow> ofAccount(long accountId) {
        return jdbc.sql("select provider, subject, account_id, created_at from account_identity "
                + "where account_id = ? order by created_at, provider, subject")
                .param(accountId).query(RecordRowMapper.of(IdentityRow.class)).list();
    }

    boolean delete(long accountId, String provider, String subject) {
        return jdbc.sql("delete from account_identity where account_id = ? and provider = ? and subject = ?")
                .params(accountId, provider, subject).update() == 1;
    }

    void deleteAll(long accountId) {
        jdbc.sql("delete from account_identity where account_id = ?").param(accountId).update();
    }
}
