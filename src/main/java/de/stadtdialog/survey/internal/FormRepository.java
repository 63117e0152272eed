package de.stadtdialog.survey.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.stadtdialog.shared.jdbc.RecordRowMapper;

/** What a form needs beyond questions and responses: option pictures, drafts, receipts. */
@Repository
class FormRepository {

    private final JdbcClient jdbc;

    FormRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- Pictures of image-choice options ---

    Map<Long, List<SurveyPage.OptionImage>> images(long phaseId) {
        Map<Long, List<SurveyPage.OptionImage>> images = new HashMap<>();
        jdbc.sql("select i.question_id, i.position, i.image_key, i.alt from survey_option_image i "
                + "join survey_question q on q.id = i.question_id where q.phase_id = ? order by i.position")
                .param(phaseId).query((rs, n) -> images.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new SurveyPage.OptionImage(rs.getInt(2), rs.getString(3), rs.getString(4))))
                .list();
        return images;
    }

    /** @return the key of the picture it replaces, to delete, or null */
    String putImage(long questionId, int position, String key, String alt) {
        String old = jdbc.sql("select image_key from survey_option_image where question_id = ? and position = ?")
                .params(questionId, position).query(String.class).optional().orElse(null);
        jdbc.sql("delete from survey_option_image where question_id = ? and position = ?").params(questionId, position)
                .update();
        jdbc.sql("insert into survey_option_image (question_id, position, image_key, alt) values (?, ?, ?, ?)")
                .params(questionId, position, key, alt).update();
        return old;
    }

    void rewordOptions(long questionId, String options, String statements) {
        jdbc.sql("update survey_question set options = ?, statements = ? where id = ?")
                .params(options, statements, questionId).update();
    }

    // --- Drafts: a form saved half-filled, to finish later ---

    /** The size of the draft column: far beyond what the form's own limits let anyone type. */
    static final int DRAFT_MAX = 200_000;

    record Draft(String answers, int page, Instant savedAt) {
    }

    Optional<Draft> draft(long phaseId, long accountId) {
        return jdbc.sql("select answers, page, saved_at from survey_draft where phase_id = ? and account_id = ?")
                .params(phaseId, accountId).query(RecordRowMapper.of(Draft.class)).optional();
    }

    void saveDraft(long phaseId, long accountId, String answers, int page, Instant now) {
        if (jdbc.sql("update survey_draft set answers = ?, page = ?, saved_at = ? where phase_id = ? and account_id = ?")
                .params(answers, page, Timestamp.from(now), phaseId, accountId).update() == 0) {
            jdbc.sql("insert into survey_draft (phase_id, account_id, answers, page, saved_at) values (?, ?, ?, ?, ?)")
                    .params(phaseId, accountId, answers, page, Timestamp.from(now)).update();
        }
    }

    void deleteDraft(long phaseId, long accountId) {
        jdbc.sql("delete from survey_draft where phase_id = ? and account_id = ?").params(phaseId, accountId).update();
    }

    record OwnDraft(long phaseId, String answers, Instant savedAt) {
    }

    List<OwnDraft> draftsOf(long accountId) {
        return jdbc.sql("select phase_id, answers, saved_at from survey_draft where account_id = ? order by phase_id")
                .param(accountId).query(RecordRowMapper.of(OwnDraft.class)).list();
    }

    // --- Receipts: what the thanks page shows to the one who sent the response ---

    void setReceipt(long responseId, String receiptHash, Integer score) {
        jdbc.sql("update survey_response set receipt_hash = ?, score = ? where id = ?")
                .params(receiptHash, score, responseId).update();
    }

    Optional<Receipt> receipt(long phaseId, String receiptHash) {
        return jdbc.sql("select id, phase_id, score from survey_response where receipt_hash = ? and phase_id = ?")
                .params(receiptHash, phaseId).query(RecordRowMapper.of(Receipt.class)).optional();
    }

    /** Survey phases with questions, newest first, to copy a form from. */
    List<Long> surveysWithQuestions(long except) {
        return jdbc.sql("select distinct phase_id from survey_question where phase_id <> ? order by phase_id desc")
                .param(except).query(Long.class).list();
    }
}
