package de.stadtdialog.project.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.project.Phase;
import de.stadtdialog.project.PhaseResidents;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectStatus;
import de.stadtdialog.shared.jdbc.RecordParameters;
import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
public class ProjectRepository {

    private static final String COLUMNS = "id, slug, organisation_id, title, teaser, description_md, "
            + "easy_language_md, image_key, image_alt, area_geojson, contact_name, contact_email, contact_phone, "
            + "status, visibility, created_at, updated_at, published_at, concept_goal, concept_audience, "
            + "concept_open_to_influence, concept_fixed, concept_formats_and_timeline, concept_use_of_results";
    private static final String PHASE_COLUMNS = "id, project_id, title, description, starts_on, ends_on, format_key, "
            + "phase_kind, requirement";

    private final JdbcClient jdbc;

    ProjectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Project> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from project where id = ?").param(id).query(RecordRowMapper.of(Project.class)).optional();
    }

    public Optional<Project> findBySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from project where slug = ?").param(slug).query(RecordRowMapper.of(Project.class))
                .optional();
    }

    /** Projects anyone may see in lists: published (or archived) and public. */
    List<Project> findListed() {
        return jdbc.sql("select " + COLUMNS + " from project where status in ('PUBLISHED', 'ARCHIVED') "
                + "and visibility = 'PUBLIC' order by id").query(RecordRowMapper.of(Project.class)).list();
    }

    /** Published or archived projects whose results are not published: those that may owe them. */
    List<Project> findOwingResults() {
        return jdbc.sql("select " + COLUMNS + " from project where status in ('PUBLISHED', 'ARCHIVED') and not exists "
                + "(select 1 from project_result r where r.project_id = project.id and r.published_at is not null) "
                + "order by id").query(RecordRowMapper.of(Project.class)).list();
    }

    List<Project> findByOrganisations(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from project where organisation_id in (:ids) order by updated_at desc")
                .param("ids", organisationIds).query(RecordRowMapper.of(Project.class)).list();
    }

    List<Project> findAll() {
        return jdbc.sql("select " + COLUMNS + " from project order by updated_at desc").query(RecordRowMapper.of(Project.class)).list();
    }

    boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("select count(*) from project where slug = ? and id <> ?").params(slug, exceptId)
                .query(Long.class).single() > 0;
    }

    long insert(Project p, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into project (slug, organisation_id, title, teaser, description_md, easy_language_md,
                    image_key, image_alt, area_geojson, contact_name, contact_email, contact_phone, status, visibility,
                    created_at, updated_at, concept_goal, concept_audience, concept_open_to_influence, concept_fixed,
                    concept_formats_and_timeline, concept_use_of_results)
                values (:slug, :organisationId, :title, :teaser, :descriptionMd, :easyLanguageMd,
                    :imageKey, :imageAlt, :areaGeojson, :contactName, :contactEmail, :contactPhone, :status,
                    :visibility, :now, :now, :conceptGoal, :conceptAudience, :conceptOpenToInfluence, :conceptFixed,
                    :conceptFormatsAndTimeline, :conceptUseOfResults)
                """)
                .paramSource(RecordParameters.of(p).addValue("now", Timestamp.from(now)))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(Project p, Instant now) {
        jdbc.sql("""
                update project set slug = :slug, organisation_id = :organisationId, title = :title, teaser = :teaser,
                    description_md = :descriptionMd, easy_language_md = :easyLanguageMd,
                    image_key = :imageKey, image_alt = :imageAlt, area_geojson = :areaGeojson,
                    contact_name = :contactName, contact_email = :contactEmail, contact_phone = :contactPhone,
                    visibility = :visibility, updated_at = :now, concept_goal = :conceptGoal,
                    concept_audience = :conceptAudience, concept_open_to_influence = :conceptOpenToInfluence,
                    concept_fixed = :conceptFixed, concept_formats_and_timeline = :conceptFormatsAndTimeline,
                    concept_use_of_results = :conceptUseOfResults
                where id = :id
                """)
                .paramSource(RecordParameters.of(p).addValue("now", Timestamp.from(now)))
                .update();
    }

    void updateStatus(long id, ProjectStatus status, Instant now) {
        jdbc.sql("update project set status = ?, updated_at = ?, published_at = coalesce(published_at, ?) where id = ?")
                .params(status.name(), Timestamp.from(now), status == ProjectStatus.PUBLISHED ? Timestamp.from(now) : null,
                        id)
                .update();
    }

    public Optional<Phase> findPhase(long phaseId) {
        return jdbc.sql("select " + PHASE_COLUMNS + " from phase where id = ?").param(phaseId).query(RecordRowMapper.of(Phase.class))
                .optional();
    }

    public List<Phase> phases(long projectId) {
        return jdbc.sql("select " + PHASE_COLUMNS + " from phase where project_id = ? order by starts_on, id")
                .param(projectId).query(RecordRowMapper.of(Phase.class)).list();
    }

    /** The phases of many projects in one query, by project id. */
    Map<Long, List<Phase>> phasesOf(Collection<Long> projectIds) {
        Map<Long, List<Phase>> byProject = new LinkedHashMap<>();
        if (projectIds.isEmpty()) {
            return byProject;
        }
        jdbc.sql("select " + PHASE_COLUMNS + " from phase where project_id in (:ids) order by starts_on, id")
                .param("ids", projectIds).query(RecordRowMapper.of(Phase.class)).list()
                .forEach(phase -> byProject.computeIfAbsent(phase.projectId(), id -> new java.util.ArrayList<>())
                        .add(phase));
        return byProject;
    }

    long insertPhase(Phase phase) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into phase (project_id, title, description, starts_on, ends_on, format_key, phase_kind, requirement)
                values (:projectId, :title, :description, :startsOn, :endsOn, :formatKey, :phaseKind, :requirement)
                """)
                .paramSource(RecordParameters.of(phase))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updatePhase(Phase phase) {
        jdbc.sql("""
                update phase set title = :title, description = :description, starts_on = :startsOn, ends_on = :endsOn,
                    format_key = :formatKey, phase_kind = :phaseKind, requirement = :requirement
                where id = :id
                """)
                .paramSource(RecordParameters.of(phase))
                .update();
    }

    /** Who among verified residents may take part in the phase. */
    public PhaseResidents residents(long phaseId) {
        Integer minimumAge = jdbc.sql("select minimum_age from phase where id = ?").param(phaseId)
                .query((rs, n) -> (Integer) rs.getObject(1, Integer.class)).optional().orElse(null);
        List<Long> districts = jdbc.sql("select district_id from phase_district where phase_id = ? order by district_id")
                .param(phaseId).query(Long.class).list();
        return new PhaseResidents(districts, minimumAge);
    }

    void setResidents(long phaseId, PhaseResidents residents) {
        jdbc.sql("update phase set minimum_age = ? where id = ?").params(residents.minimumAge(), phaseId).update();
        jdbc.sql("delete from phase_district where phase_id = ?").param(phaseId).update();
        for (long districtId : residents.districtIds()) {
            jdbc.sql("insert into phase_district (phase_id, district_id) values (?, ?)").params(phaseId, districtId)
                    .update();
        }
    }

    void deletePhase(long phaseId) {
        jdbc.sql("delete from phase where id = ?").param(phaseId).update();
    }

    void touch(long projectId, Instant now) {
        jdbc.sql("update project set updated_at = ? where id = ?").params(Timestamp.from(now), projectId).update();
    }

    public boolean isInvited(long projectId, long accountId) {
        return jdbc.sql("select count(*) from project_member where project_id = ? and account_id = ?")
                .params(projectId, accountId).query(Long.class).single() > 0;
    }

    void invite(long projectId, long accountId) {
        if (!isInvited(projectId, accountId)) {
            jdbc.sql("insert into project_member (project_id, account_id) values (?, ?)").params(projectId, accountId)
                    .update();
        }
    }

    void uninvite(long projectId, long accountId) {
        jdbc.sql("delete from project_member where project_id = ? and account_id = ?").params(projectId, accountId)
                .update();
    }

    List<Long> invited(long projectId) {
        return jdbc.sql("select account_id from project_member where project_id = ? order by account_id")
                .param(projectId).query(Long.class).list();
    }

    List<String> invitedProjectTitles(long accountId) {
        return jdbc.sql("select p.title from project p join project_member m on m.project_id = p.id "
                + "where m.account_id = ? order by p.title").param(accountId).query(String.class).list();
    }

    void removeInvitations(long accountId) {
        jdbc.sql("delete from project_member where account_id = ?").param(accountId).update();
    }

}
