package de.stadtdialog.plan.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.PersonalDataSource;

/** The requests for participation a person filed or supported, for "download my data". */
@Component
class PlanPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    PlanPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "planRequests";
    }

    @Override
    public Object collect(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("filed", jdbc.sql("""
                select p.title, r.justification, r.status, r.created_at from plan_request r
                join plan p on p.id = r.plan_id where r.requested_by = ? order by r.created_at
                """).param(accountId).query((rs, n) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("plan", rs.getString(1));
            row.put("justification", rs.getString(2));
            row.put("status", rs.getString(3));
            row.put("createdAt", rs.getTimestamp(4).toInstant().toString());
            return row;
        }).list());
        data.put("supported", jdbc.sql("""
                select p.title from plan_request_support s join plan_request r on r.id = s.request_id
                join plan p on p.id = r.plan_id where s.account_id = ? order by p.title
                """).param(accountId).query(String.class).list());
        return data;
    }
}
