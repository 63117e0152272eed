package de.stadtdialog.event.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.PersonalDataSource;

/** The events a person registered for, with their place on the list, for "download my data". */
@Component
class EventPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    EventPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "eventRegistrations";
    }

    @Override
    public Object collect(long accountId) {
        return jdbc.sql("""
                select e.title, e.starts_at, r.status, r.registered_at from event_registration r
                join event e on e.id = r.event_id where r.account_id = ? order by r.registered_at
                """).param(accountId).query((rs, n) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("event", rs.getString(1));
            row.put("startsAt", rs.getTimestamp(2).toInstant().toString());
            row.put("status", rs.getString(3));
            row.put("registeredAt", rs.getTimestamp(4).toInstant().toString());
            return row;
        }).list();
    }
}
