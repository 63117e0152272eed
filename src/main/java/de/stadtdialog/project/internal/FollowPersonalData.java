package de.stadtdialog.project.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.AccountDeleted;
import de.stadtdialog.account.PersonalDataSource;

/** What a person follows and the searches they saved: exported on request, removed with the account. */
@Component
class FollowPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    FollowPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountDeleted event) {
        jdbc.sql("delete from follow where account_id = ?").param(event.accountId()).update();
        jdbc.sql("delete from saved_search where account_id = ?").param(event.accountId()).update();
    }

    @Override
    public String section() {
        return "follows";
    }

    @Override
    public Object collect(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("following", jdbc.sql("select kind, target_id from follow where account_id = ? order by created_at")
                .param(accountId).query((rs, n) -> Map.of("kind", rs.getString(1), "id", rs.getLong(2))).list());
        data.put("savedSearches", jdbc.sql("select query from saved_search where account_id = ? order by created_at")
                .param(accountId).query(String.class).list());
        return data;
    }
}
