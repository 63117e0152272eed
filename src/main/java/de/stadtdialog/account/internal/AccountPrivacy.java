package de.stadtdialog.account.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.shared.spam.AccountAges;
import de.stadtdialog.shared.spam.AddressRetention;

/** What the account module tells the spam guard, and the addresses of failed logins it forgets. */
@Component
class AccountPrivacy implements AccountAges, AddressRetention {

    private final AccountRepository accounts;
    private final JdbcClient jdbc;

    AccountPrivacy(AccountRepository accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> createdAt(long accountId) {
        return accounts.findById(accountId).map(AccountRepository.AccountRow::createdAt);
    }

    @Override
    public void forgetAddressesBefore(Instant before) {
        jdbc.sql("delete from login_attempt where attempted_at < ?").param(java.sql.Timestamp.from(before)).update();
    }
}
