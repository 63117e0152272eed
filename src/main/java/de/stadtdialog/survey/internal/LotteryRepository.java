package de.stadtdialog.survey.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.shared.jdbc.RecordRowMapper;
import de.stadtdialog.survey.Lotteries;

@Repository
class LotteryRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LotteryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // --- Rules ---

    List<LotteryRule> rules(long phaseId) {
        return jdbc.sql("select " + LotteryRule.COLUMNS + " from survey_lottery_rule where phase_id = ? order by id")
                .param(phaseId).query(RecordRowMapper.of(LotteryRule.class)).list();
    }

    void insertRule(long phaseId, Lotteries.Rule kind, long questionId, int amount) {
        jdbc.sql("insert into survey_lottery_rule (phase_id, kind, question_id, amount) values (?, ?, ?, ?)")
                .params(phaseId, kind.name(), questionId, amount).update();
    }

    long lastRule(long phaseId) {
        return jdbc.sql("select max(id) from survey_lottery_rule where phase_id = ?").param(phaseId)
                .query(Long.class).single();
    }

    boolean deleteRule(long phaseId, long ruleId) {
        return jdbc.sql("delete from survey_lottery_rule where id = ? and phase_id = ?").params(ruleId, phaseId)
                .update() == 1;
    }

    // --- Applications ---

    /** An application: the response and the account that sent it (null from paper). */
    record Application(long id, Long accountId) {
    }

    /** Every application of the survey in number order, each with its answers. */
    Map<Application, List<Answer>> applications(long phaseId) {
        Map<Long, Application> byId = new LinkedHashMap<>();
        jdbc.sql("select id, account_id from survey_response where phase_id = ? order by id")
                .param(phaseId).query(RecordRowMapper.of(Application.class)).list()
                .forEach(application -> byId.put(application.id(), application));
        Map<Application, List<Answer>> applications = new LinkedHashMap<>();
        byId.values().forEach(application -> applications.put(application, new ArrayList<>()));
        jdbc.sql("select a.response_id, a.question_id, a.choice, a.number_value, a.text_value from survey_answer a "
                + "join survey_response r on r.id = a.response_id where r.phase_id = ?").param(phaseId)
                .query((rs, n) -> {
                    Integer choice = rs.getObject(3) == null ? null : rs.getInt(3);
                    Double number = rs.getObject(4) == null ? null : rs.getDouble(4);
                    Application application = byId.get(rs.getLong(1));
                    if (application != null) {
                        applications.get(application).add(new Answer(rs.getLong(2), choice, number, rs.getString(5)));
                    }
                    return null;
                }).list();
        return applications;
    }

    // --- Draws ---

    /** Newest first: the draw in force, if any, and the annulled ones before it. */
    List<LotteryDraw> draws(long phaseId) {
        return jdbc.sql("select " + LotteryDraw.COLUMNS + " from survey_lottery_draw where phase_id = ? "
                + "order by id desc")
                .param(phaseId).query(RecordRowMapper.of(LotteryDraw.class)).list();
    }

    Optional<LotteryDraw> inForce(long phaseId) {
        return jdbc.sql("select " + LotteryDraw.COLUMNS + " from survey_lottery_draw where in_force_for = ?")
                .param(phaseId).query(RecordRowMapper.of(LotteryDraw.class)).optional();
    }

    /** Stores a draw in force; a second one for the same survey fails on the unique key. */
    long insertDraw(long phaseId, String seed, boolean seedGenerated, int seats, LocalDate drawDate,
            String quotaQuestion, int applicants, int eligible, long drawnBy, String drawnByName, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey_lottery_draw (phase_id, in_force_for, algorithm, seed, seed_generated, seats,
                    draw_date, quota_question, applicants, eligible, drawn_by, drawn_by_name, drawn_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(phaseId, phaseId, Lottery.ALGORITHM, seed, seedGenerated, seats, drawDate, quotaQuestion,
                        applicants, eligible, drawnBy, drawnByName, Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertDrawRules(List<LotteryDraw.Rule> rules) {
        template.batchUpdate("insert into survey_lottery_draw_rule (draw_id, position, kind, question_type, question, "
                + "option_text, amount) values (?, ?, ?, ?, ?, ?, ?)", rules.stream().map(r -> new Object[] {
                    r.drawId(), r.position(), r.kind().name(), r.questionType().name(), r.question(), r.optionText(),
                    r.amount() }).toList());
    }

    void insertQuotas(List<LotteryDraw.Quota> quotas) {
        template.batchUpdate("insert into survey_lottery_draw_quota (draw_id, option_pos, option_text, seats) "
                + "values (?, ?, ?, ?)", quotas.stream().map(q -> new Object[] { q.drawId(), q.optionPos(),
                    q.optionText(), q.seats() }).toList());
    }

    void insertEntries(List<LotteryDraw.Entry> entries) {
        template.batchUpdate("insert into survey_lottery_draw_entry (draw_id, place, response_id, seat, quota_group, "
                + "by_quota) values (?, ?, ?, ?, ?, ?)", entries.stream().map(e -> new Object[] { e.drawId(),
                    e.place(), e.responseId(), e.seat(), e.quotaGroup(), e.byQuota() }).toList());
    }

    LotteryDraw.Details details(LotteryDraw draw) {
        return new LotteryDraw.Details(draw,
                jdbc.sql("select draw_id, position, kind, question_type, question, option_text, amount "
                        + "from survey_lottery_draw_rule where draw_id = ? order by position").param(draw.id())
                        .query(RecordRowMapper.of(LotteryDraw.Rule.class)).list(),
                jdbc.sql("select draw_id, option_pos, option_text, seats from survey_lottery_draw_quota "
                        + "where draw_id = ? order by option_pos").param(draw.id())
                        .query(RecordRowMapper.of(LotteryDraw.Quota.class)).list(),
                jdbc.sql("select draw_id, place, response_id, seat, quota_group, by_quota "
                        + "from survey_lottery_draw_entry where draw_id = ? order by place").param(draw.id())
                        .query(RecordRowMapper.of(LotteryDraw.Entry.class)).list());
    }

    /** Ends the draw in force, keeping it in the record with the reason; false when none was in force. */
    boolean annul(long phaseId, long drawId, String byName, String reason, Instant now) {
        return jdbc.sql("update survey_lottery_draw set in_force_for = null, annulled_by_name = ?, annulled_at = ?, "
                + "annul_reason = ? where id = ? and in_force_for = ?")
                .params(byName, Timestamp.from(now), reason, drawId, phaseId).update() == 1;
    }
}
