package de.stadtdialog.moderation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.stadtdialog.permission.Block;
import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
class ModerationRepository {

    private static final RecordRowMapper<ModerationCase> CASES = RecordRowMapper.of(ModerationCase.class);

    private final JdbcClient jdbc;

    ModerationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ModerationCase> findCase(String kind, long itemId) {
        return jdbc.sql("select " + ModerationCase.COLUMNS + " from moderation_case where kind = ? and item_id = ?")
                .params(kind, itemId).query(CASES).optional();
    }

    /** The item's case, created if it has none yet, locked for this transaction. */
    ModerationCase lockCase(String kind, long itemId, long projectId, long organisationId, Instant now) {
        jdbc.sql("""
                insert into moderation_case (kind, item_id, project_id, organisation_id, state, hidden, open_reports,
                    updated_at)
                values (?, ?, ?, ?, 'REVIEWED', false, 0, ?) on conflict do nothing""")
                .params(kind, itemId, projectId, organisationId, Timestamp.from(now)).update();
        return jdbc.sql("select " + ModerationCase.COLUMNS + " from moderation_case where kind = ? and item_id = ? "
                + "for update").params(kind, itemId).query(CASES).single();
    }

    /** False when this reporter reported the item before. */
    boolean addReport(long caseId, String reporter, String category, String body, Instant now) {
        return jdbc.sql("""
                insert into moderation_report (case_id, reporter, category, body, open, created_at)
                values (?, ?, ?, ?, true, ?) on conflict do nothing""")
                .params(caseId, reporter, category, body, Timestamp.from(now)).update() == 1;
    }

    int openReports(long caseId) {
        return jdbc.sql("select count(*) from moderation_report where case_id = ? and open").param(caseId)
                .query(Integer.class).single();
    }

    void reported(long caseId, int openReports, Instant now) {
        jdbc.sql("update moderation_case set state = 'OPEN', open_reports = ?, updated_at = ? where id = ?")
                .params(openReports, Timestamp.from(now), caseId).update();
    }

    void autoHidden(long caseId, String reason) {
        jdbc.sql("update moderation_case set hidden = true, rule_title = ? where id = ?").params(reason, caseId)
                .update();
    }

    /** A moderator decided: the reports so far are dealt with. */
    void decided(long caseId, boolean hidden, String ruleTitle, Instant now) {
        jdbc.sql("update moderation_case set state = 'REVIEWED', open_reports = 0, updated_at = ?, hidden = ?, "
                + "rule_title = ? where id = ?").params(Timestamp.from(now), hidden, ruleTitle, caseId).update();
        jdbc.sql("update moderation_report set open = false where case_id = ?").param(caseId).update();
    }

    /** The queue: items hidden after reports and waiting for a decision first, then by open reports, newest first. */
    List<ModerationCase> queue(Collection<Long> organisationIds, QueueFilter filter, int page, int size) {
        StringBuilder sql = new StringBuilder("select " + ModerationCase.COLUMNS
                + " from moderation_case where organisation_id in (:orgs)");
        switch (filter.status()) {
            case "geprueft" -> sql.append(" and state = 'REVIEWED'");
            case "ausgeblendet" -> sql.append(" and hidden");
            default -> sql.append(" and state = 'OPEN'");
        }
        if (filter.kind() != null) {
            sql.append(" and kind = :kind");
        }
        if (filter.projectId() != null) {
            sql.append(" and project_id = :project");
        }
        if (filter.category() != null) {
            sql.append(" and id in (select case_id from moderation_report where category = :category)");
        }
        sql.append(" order by case when state = 'OPEN' and hidden then 0 else 1 end, open_reports desc, "
                + "updated_at desc, id desc limit :limit offset :offset");
        var spec = jdbc.sql(sql.toString()).param("orgs", organisationIds).param("limit", size + 1)
                .param("offset", page * size);
        if (filter.kind() != null) {
            spec = spec.param("kind", filter.kind());
        }
        if (filter.projectId() != null) {
            spec = spec.param("project", filter.projectId());
        }
        if (filter.category() != null) {
            spec = spec.param("category", filter.category());
        }
        return spec.query(CASES).list();
    }

    /** The reports of several cases in one query, by case id. */
    Map<Long, List<Report>> reportsOf(Collection<Long> caseIds) {
        Map<Long, List<Report>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        String marks = String.join(", ", Collections.nCopies(caseIds.size(), "?"));
        jdbc.sql("select case_id, id, category, body, open, created_at from moderation_report where case_id in ("
                + marks + ") order by created_at, id").params(List.copyOf(caseIds)).query((rs, n) -> {
                    byCase.computeIfAbsent(rs.getLong("case_id"), id -> new ArrayList<>()).add(new Report(
                            rs.getLong("id"), rs.getString("category"), rs.getString("body"), rs.getBoolean("open"),
                            rs.getTimestamp("created_at").toInstant()));
                    return null;
                }).list();
        return byCase;
    }

    /** The keys ("kind:id") of an organisation's items that have an open case. */
    Set<String> openCaseKeys(long organisationId) {
        return Set.copyOf(jdbc.sql("select kind, item_id from moderation_case where organisation_id = ? and state = 'OPEN'")
                .param(organisationId).query((rs, n) -> rs.getString("kind") + ":" + rs.getLong("item_id")).list());
    }

    List<Report> reports(long caseId) {
        return jdbc.sql("select id, category, body, open, created_at from moderation_report where case_id = ? "
                + "order by created_at, id").param(caseId).query(RecordRowMapper.of(Report.class)).list();
    }

    void addRemark(long caseId, long authorId, String body, Instant now) {
        jdbc.sql("insert into moderation_remark (case_id, author_id, body, created_at) values (?, ?, ?, ?)")
                .params(caseId, authorId, body, Timestamp.from(now)).update();
    }

    List<Remark> remarks(long caseId) {
        return jdbc.sql("select id, author_id, body, created_at from moderation_remark where case_id = ? "
                + "order by created_at, id").param(caseId).query(RecordRowMapper.of(Remark.class)).list();
    }

    /** The organisation's own rules after the platform's defaults. */
    List<Rule> rules(long organisationId) {
        return jdbc.sql("select id, organisation_id, title, position from moderation_rule "
                + "where organisation_id is null or organisation_id = ? "
                + "order by case when organisation_id is null then 0 else 1 end, position, id").param(organisationId)
                .query(RecordRowMapper.of(Rule.class)).list();
    }

    void addRule(long organisationId, String title) {
        jdbc.sql("insert into moderation_rule (organisation_id, title, position) values (?, ?, "
                + "(select coalesce(max(position), 0) + 1 from moderation_rule where organisation_id = ?))")
                .params(organisationId, title, organisationId).update();
    }

    int deleteRule(long organisationId, long ruleId) {
        return jdbc.sql("delete from moderation_rule where id = ? and organisation_id = ?")
                .params(ruleId, organisationId).update();
    }

    void log(long projectId, String kind, String action, String reason, Instant now) {
        jdbc.sql("insert into moderation_log (project_id, kind, action, reason, created_at) values (?, ?, ?, ?, ?)")
                .params(projectId, kind, action, reason, Timestamp.from(now)).update();
    }

    List<LogEntry> log(long projectId) {
        return jdbc.sql("select id, kind, action, reason, created_at from moderation_log where project_id = ? "
                + "order by created_at desc, id desc limit 500").param(projectId)
                .query(RecordRowMapper.of(LogEntry.class)).list();
    }

    void block(long accountId, Instant until, String justification, long blockedBy, Instant now) {
        jdbc.sql("insert into account_block (account_id, blocked_until, justification, blocked_by, created_at) "
                + "values (?, ?, ?, ?, ?)")
                .params(accountId, Timestamp.from(until), justification, blockedBy, Timestamp.from(now)).update();
    }

    /** The block in force that ends last, if any. */
    Optional<Block> currentBlock(long accountId, Instant now) {
        return jdbc.sql("select blocked_until, justification from account_block where account_id = ? "
                + "and blocked_until > ? order by blocked_until desc limit 1")
                .params(accountId, Timestamp.from(now))
                .query((rs, n) -> new Block(rs.getTimestamp(1).toInstant(), rs.getString(2))).optional();
    }

    /** The projects of these organisations that have cases, for the filter. */
    List<Long> projectsWithCases(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return new ArrayList<>();
        }
        return jdbc.sql("select distinct project_id from moderation_case where organisation_id in (:orgs)")
                .param("orgs", organisationIds).query(Long.class).list();
    }
}
