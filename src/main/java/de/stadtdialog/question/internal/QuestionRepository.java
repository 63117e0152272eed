package de.stadtdialog.question.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
class QuestionRepository {

    /** Counts by subquery: exact at any moment, and a phase holds hundreds of questions, not millions. */
    private static final String SELECT = """
            select q.id, q.phase_id, q.author_id, q.body, q.category, q.state, q.hidden_reason, q.shortlisted,
                   q.answered_on_stage, q.created_at,
                   (select count(*) from question_relevant r where r.question_id = q.id) as relevant,
                   (select count(*) from question_answer a where a.question_id = q.id) as answers
            from question q
            """;
    private static final RecordRowMapper<Question> QUESTIONS = RecordRowMapper.of(Question.class);

    private final JdbcClient jdbc;

    QuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every question of the phase, newest first; the callers filter, as one phase is small. */
    List<Question> all(long phaseId) {
        return jdbc.sql(SELECT + " where q.phase_id = ? order by q.created_at desc, q.id desc").param(phaseId)
                .query(QUESTIONS).list();
    }

    Optional<Question> find(long id) {
        return jdbc.sql(SELECT + " where q.id = ?").param(id).query(QUESTIONS).optional();
    }

    /** Questions waiting for release in all projects of an organisation, oldest first. */
    List<Question> pendingOfOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " where q.state = 'PENDING' and q.phase_id in (select ph.id from phase ph "
                + "join project p on p.id = ph.project_id where p.organisation_id = ?) order by q.created_at, q.id")
                .param(organisationId).query(QUESTIONS).list();
    }

    List<Question> byAuthor(long accountId) {
        return jdbc.sql(SELECT + " where q.author_id = ? order by q.id").param(accountId).query(QUESTIONS).list();
    }

    long insert(long phaseId, Long authorId, String body, String category, QuestionState state, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into question (phase_id, author_id, body, category, state, shortlisted, answered_on_stage,
                                      created_at)
                values (?, ?, ?, ?, ?, false, false, ?)
                """).params(phaseId, authorId, body, category, state.name(), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void state(long id, QuestionState state, String hiddenReason) {
        jdbc.sql("update question set state = ?, hidden_reason = ? where id = ?")
                .params(state.name(), hiddenReason, id).update();
    }

    void shortlisted(long id, boolean value) {
        jdbc.sql("update question set shortlisted = ? where id = ?").params(value, id).update();
    }

    void answeredOnStage(long id, boolean value) {
        jdbc.sql("update question set answered_on_stage = ? where id = ?").params(value, id).update();
    }

    boolean relevantBy(long questionId, long accountId) {
        return jdbc.sql("select count(*) from question_relevant where question_id = ? and account_id = ?")
                .params(questionId, accountId).query(Long.class).single() > 0;
    }

    List<Long> relevantBy(long phaseId, Long accountId) {
        if (accountId == null) {
            return List.of();
        }
        return jdbc.sql("""
                select r.question_id from question_relevant r join question q on q.id = r.question_id
                where q.phase_id = ? and r.account_id = ?
                """).params(phaseId, accountId).query(Long.class).list();
    }

    /** The primary key makes a second mark from the same person fail instead of counting twice. */
    boolean markRelevant(long questionId, long accountId, Instant now) {
        return jdbc.sql("""
                insert into question_relevant (question_id, account_id, created_at)
                select ?, ?, ? where not exists
                    (select 1 from question_relevant where question_id = ? and account_id = ?)
                """).params(questionId, accountId, Timestamp.from(now), questionId, accountId).update() == 1;
    }

    void unmarkRelevant(long questionId, long accountId) {
        jdbc.sql("delete from question_relevant where question_id = ? and account_id = ?")
                .params(questionId, accountId).update();
    }

    long relevantMarks(long phaseId) {
        return jdbc.sql("""
                select count(*) from question_relevant r join question q on q.id = r.question_id
                where q.phase_id = ? and q.state = 'PUBLISHED'
                """).param(phaseId).query(Long.class).single();
    }

    List<Answer> answers(long phaseId) {
        return jdbc.sql("""
                select a.id, a.question_id, a.expert_id, a.expert_role, a.body_md, a.created_at
                from question_answer a join question q on q.id = a.question_id
                where q.phase_id = ? order by a.created_at, a.id
                """).param(phaseId).query(RecordRowMapper.of(Answer.class)).list();
    }

    void insertAnswer(long questionId, long expertId, String role, String bodyMd, Instant now) {
        jdbc.sql("""
                insert into question_answer (question_id, expert_id, expert_role, body_md, created_at)
                values (?, ?, ?, ?, ?)
                """).params(questionId, expertId, role, bodyMd, Timestamp.from(now)).update();
    }

    List<Expert> experts(long phaseId) {
        return jdbc.sql("select phase_id, account_id, role from question_expert where phase_id = ? order by role")
                .param(phaseId).query(RecordRowMapper.of(Expert.class)).list();
    }

    Optional<Expert> expert(long phaseId, long accountId) {
        return jdbc.sql("select phase_id, account_id, role from question_expert where phase_id = ? and account_id = ?")
                .params(phaseId, accountId).query(RecordRowMapper.of(Expert.class)).optional();
    }

    void saveExpert(long phaseId, long accountId, String role) {
        if (jdbc.sql("update question_expert set role = ? where phase_id = ? and account_id = ?")
                .params(role, phaseId, accountId).update() == 0) {
            jdbc.sql("insert into question_expert (phase_id, account_id, role) values (?, ?, ?)")
                    .params(phaseId, accountId, role).update();
        }
    }

    void removeExpert(long phaseId, long accountId) {
        jdbc.sql("delete from question_expert where phase_id = ? and account_id = ?").params(phaseId, accountId)
                .update();
    }

    List<String> categories(long phaseId) {
        return jdbc.sql("select name from question_category where phase_id = ? order by position").param(phaseId)
                .query(String.class).list();
    }

    void replaceCategories(long phaseId, List<String> names) {
        jdbc.sql("delete from question_category where phase_id = ?").param(phaseId).update();
        for (int i = 0; i < names.size(); i++) {
            jdbc.sql("insert into question_category (phase_id, name, position) values (?, ?, ?)")
                    .params(phaseId, names.get(i), i).update();
        }
    }

    Optional<Long> onStage(long phaseId) {
        return jdbc.sql("select question_id from question_stage where phase_id = ? and question_id is not null")
                .param(phaseId).query(Long.class).optional();
    }

    void stage(long phaseId, Long questionId) {
        if (jdbc.sql("update question_stage set question_id = ? where phase_id = ?").params(questionId, phaseId)
                .update() == 0) {
            jdbc.sql("insert into question_stage (phase_id, question_id) values (?, ?)").params(phaseId, questionId)
                    .update();
        }
    }

    void deleteAll(long phaseId) {
        jdbc.sql("delete from question_stage where phase_id = ?").param(phaseId).update();
        jdbc.sql("delete from question where phase_id = ?").param(phaseId).update();
        jdbc.sql("delete from question_expert where phase_id = ?").param(phaseId).update();
        jdbc.sql("delete from question_category where phase_id = ?").param(phaseId).update();
    }
}
