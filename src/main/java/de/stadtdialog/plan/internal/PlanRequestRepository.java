package de.stadtdialog.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
class PlanRequestRepository {

    private static final String COLUMNS = """
            id, plan_id, requested_by, justification, status, created_at, deadline, due_at, answer, answered_at,
            answered_by""";

    private final JdbcClient jdbc;

    PlanRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises filing on one entry, so that two people filing at once do not open two requests. */
    void lockPlan(long planId) {
        jdbc.sql("select id from plan where id = ? for update").param(planId).query(Long.class).optional();
    }

    long insert(long planId, long accountId, String justification, Instant at, Instant deadline) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into plan_request (plan_id, requested_by, justification, status, created_at, deadline) "
                + "values (?, ?, ?, 'OPEN', ?, ?)")
                .params(planId, accountId, justification, Timestamp.from(at), Timestamp.from(deadline))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<PlanRequest> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from plan_request where id = ?").param(id)
                .query(RecordRowMapper.of(PlanRequest.class)).optional();
    }

    /** The newest request of an entry: the one the page shows. */
    Optional<PlanRequest> latest(long planId) {
        return jdbc.sql("select " + COLUMNS + " from plan_request where plan_id = ? order by created_at desc, id desc "
                + "limit 1").param(planId).query(RecordRowMapper.of(PlanRequest.class)).optional();
    }

    boolean supports(long requestId, long accountId) {
        return jdbc.sql("select count(*) from plan_request_support where request_id = ? and account_id = ?")
                .params(requestId, accountId).query(Long.class).single() > 0;
    }

    void addSupport(long requestId, long accountId, Instant at) {
        jdbc.sql("insert into plan_request_support (request_id, account_id, created_at) values (?, ?, ?)")
                .params(requestId, accountId, Timestamp.from(at)).update();
    }

    boolean removeSupport(long requestId, long accountId) {
        return jdbc.sql("delete from plan_request_support where request_id = ? and account_id = ?")
                .params(requestId, accountId).update() > 0;
    }

    long supporters(long requestId) {
        return jdbc.sql("select count(*) from plan_request_support where request_id = ?").param(requestId)
                .query(Long.class).single();
    }

    List<Long> supporterIds(long requestId) {
        return jdbc.sql("select account_id from plan_request_support where request_id = ? order by created_at")
                .param(requestId).query(Long.class).list();
    }

    /** True for exactly one caller: concurrent co-signs may all see the threshold, only one moves the status. */
    boolean markDue(long requestId, Instant at) {
        return jdbc.sql("update plan_request set status = 'DUE', due_at = ? where id = ? and status = 'OPEN' "
                + "and deadline > ?").params(Timestamp.from(at), requestId, Timestamp.from(at)).update() == 1;
    }

    /** True for exactly one caller; an answered request keeps its first answer. */
    boolean answer(long requestId, PlanRequest.Status status, String answer, long byAccount, Instant at) {
        return jdbc.sql("update plan_request set status = ?, answer = ?, answered_by = ?, answered_at = ? "
                + "where id = ? and status in ('OPEN', 'DUE')")
                .params(status.name(), answer, byAccount, Timestamp.from(at), requestId).update() == 1;
    }
}
