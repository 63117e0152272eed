package de.stadtdialog.newsletter.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.PersonalDataSource;

/**
 * A newsletter subscription belongs to an address, not an account; the export shows the one of the
 * account's address.
 */
@Component
class NewsletterPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final Accounts accounts;

    NewsletterPersonalData(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public String section() {
        return "newsletter";
    }

    @Override
    public Object collect(long accountId) {
        return accounts.activeEmail(accountId).flatMap(email -> jdbc.sql("""
                select email, status, created_at, confirmed_at from newsletter_subscriber where lower(email) = lower(?)
                """).param(email).query((rs, n) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("email", rs.getString(1));
            row.put("status", rs.getString(2));
            row.put("subscribedAt", rs.getTimestamp(3).toInstant().toString());
            row.put("confirmedAt", rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant().toString());
            return (Object) row;
        }).optional()).orElse(Map.of());
    }
}
