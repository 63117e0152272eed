package de.stadtdialog.plan.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.plan.PlanDraft;
import de.stadtdialog.shared.jdbc.RecordParameters;
import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
public class PlanRepository {

    private static final String COLUMNS = """
            id, organisation_id, title, description, goals, affected_groups, estimated_cost_eur, status, timeline,
            next_steps, participation_planned, participation_note, advisory_board, contact_name, contact_email,
            contact_phone, council_links, area_geojson, created_at, updated_at""";

    /** The link tables of an entry, with the column naming the linked row. */
    enum Link {
        TOPIC("plan_topic", "topic_id"), DISTRICT("plan_district", "district_id"), PROJECT("plan_project", "project_id");

        final String table;
        final String column;

        Link(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    /** A line of an entry's history. */
    public record HistoryRow(long id, Instant changedAt, Long changedBy, String summary) {
    }

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(PlanDraft draft, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into plan (organisation_id, title, description, goals, affected_groups, estimated_cost_eur,
                    status, timeline, next_steps, participation_planned, participation_note, advisory_board,
                    contact_name, contact_email, contact_phone, council_links, area_geojson, created_at, updated_at)
                values (:organisationId, :title, :description, :goals, :affectedGroups, :estimatedCostEur,
                    :status, :timeline, :nextSteps, :participationPlanned, :participationNote, :advisoryBoard,
                    :contactName, :contactEmail, :contactPhone, :councilLinks, :areaGeojson, :at, :at)
                """)
                .paramSource(RecordParameters.of(draft).addValue("at", Timestamp.from(at)))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        assignLinks(id, draft);
        return id;
    }

    public void update(long id, PlanDraft draft, Instant at) {
        jdbc.sql("""
                update plan set organisation_id = :organisationId, title = :title, description = :description,
                    goals = :goals, affected_groups = :affectedGroups, estimated_cost_eur = :estimatedCostEur,
                    status = :status, timeline = :timeline, next_steps = :nextSteps,
                    participation_planned = :participationPlanned, participation_note = :participationNote,
                    advisory_board = :advisoryBoard, contact_name = :contactName, contact_email = :contactEmail,
                    contact_phone = :contactPhone, council_links = :councilLinks, area_geojson = :areaGeojson,
                    updated_at = :at
                where id = :id
                """)
                .paramSource(RecordParameters.of(draft).addValue("at", Timestamp.from(at)).addValue("id", id))
                .update();
        for (Link link : Link.values()) {
            jdbc.sql("delete from " + link.table + " where plan_id = ?").param(id).update();
        }
        assignLinks(id, draft);
    }

    private void assignLinks(long id, PlanDraft draft) {
        assign(Link.TOPIC, id, draft.topicIds());
        assign(Link.DISTRICT, id, draft.districtIds());
        assign(Link.PROJECT, id, draft.projectIds());
    }

    private void assign(Link link, long id, Collection<Long> targets) {
        for (Long target : targets.stream().distinct().toList()) {
            jdbc.sql("insert into " + link.table + " (plan_id, " + link.column + ") values (?, ?)")
                    .params(id, target).update();
        }
    }

    public void addHistory(long id, Instant at, long byAccount, String summary) {
        jdbc.sql("insert into plan_history (plan_id, changed_at, changed_by, summary) values (?, ?, ?, ?)")
                .params(id, Timestamp.from(at), byAccount, summary).update();
    }

    public Optional<Plan> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from plan where id = ?").param(id)
                .query(RecordRowMapper.of(Plan.class)).optional();
    }

    List<Plan> findAll() {
        return jdbc.sql("select " + COLUMNS + " from plan order by updated_at desc, id desc")
                .query(RecordRowMapper.of(Plan.class)).list();
    }

    List<Plan> findByOrganisations(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from plan where organisation_id in (:ids) order by updated_at desc, id desc")
                .param("ids", organisationIds).query(RecordRowMapper.of(Plan.class)).list();
    }

    /** The ids linked to each entry, for all entries at once. */
    Map<Long, List<Long>> links(Link link) {
        Map<Long, List<Long>> result = new HashMap<>();
        jdbc.sql("select plan_id, " + link.column + " from " + link.table)
                .query((rs, n) -> result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2)))
                .list();
        return result;
    }

    List<Long> links(Link link, long id) {
        return jdbc.sql("select " + link.column + " from " + link.table + " where plan_id = ? order by " + link.column)
                .param(id).query(Long.class).list();
    }

    List<HistoryRow> history(long id) {
        return jdbc.sql("select id, changed_at, changed_by, summary from plan_history where plan_id = ? "
                + "order by changed_at desc, id desc").param(id).query(RecordRowMapper.of(HistoryRow.class)).list();
    }

    public Optional<PlanDraft> draftOf(long id) {
        return findById(id).map(p -> new PlanDraft(p.organisationId(), p.title(), p.description(), p.goals(),
                p.affectedGroups(), p.estimatedCostEur(), p.status(), p.timeline(), p.nextSteps(),
                p.participationPlanned(), p.participationNote(), p.advisoryBoard(), p.contactName(),
                p.contactEmail(), p.contactPhone(), p.councilLinks(), p.areaGeojson(), links(Link.TOPIC, id),
                links(Link.DISTRICT, id), links(Link.PROJECT, id)));
    }
}
