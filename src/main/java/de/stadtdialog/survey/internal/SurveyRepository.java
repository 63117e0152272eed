package de.stadtdialog.survey.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.shared.jdbc.RecordRowMapper;

@Repository
class SurveyRepository {

    /** Answer rows per insert, well below PostgreSQL's limit of 32,767 parameters a statement. */
    private static final int ANSWERS_PER_INSERT = 1000;

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Survey> survey(long phaseId) {
        return jdbc.sql("select phase_id, intro_md, results, editable, version, guest_mode, purpose, texts_moderated from survey "
                + "where phase_id = ?")
                .param(phaseId).query(RecordRowMapper.of(Survey.class)).optional();
    }

    /** Creates the phase's survey with defaults unless it exists. */
    void ensure(long phaseId) {
        jdbc.sql("insert into survey (phase_id, results, editable) values (?, 'AFTER_END', true) on conflict do nothing")
                .param(phaseId).update();
    }

    /** The phase's survey, created with defaults on first use: an insert only when it is missing. */
    Survey ensured(long phaseId) {
        return survey(phaseId).orElseGet(() -> {
            ensure(phaseId);
            return survey(phaseId).orElseThrow();
        });
    }

    void update(long phaseId, String introMd, Survey.Results results, boolean editable) {
        jdbc.sql("update survey set intro_md = ?, results = ?, editable = ?, version = version + 1 where phase_id = ?")
                .params(introMd, results.name(), editable, phaseId).update();
    }

    void setPurpose(long phaseId, Survey.Purpose purpose, boolean textsModerated) {
        jdbc.sql("update survey set purpose = ?, texts_moderated = ?, version = version + 1 where phase_id = ?")
                .params(purpose.name(), textsModerated, phaseId).update();
    }

    void setGuestMode(long phaseId, Survey.GuestMode mode) {
        jdbc.sql("update survey set guest_mode = ?, version = version + 1 where phase_id = ?")
                .params(mode.name(), phaseId).update();
    }

    // --- Guests ---

    long insertGuestResponse(long phaseId, String channel, String browserHash, String originHash, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_response (phase_id, channel, browser_hash, origin_hash, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?)").params(phaseId, channel, browserHash, originHash, Timestamp.from(now),
                        Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean browserAnswered(long phaseId, String browserHash) {
        return jdbc.sql("select count(*) from survey_response where phase_id = ? and browser_hash = ?")
                .params(phaseId, browserHash).query(Long.class).single() > 0;
    }

    long fromOriginSince(long phaseId, String originHash, Instant since) {
        return jdbc.sql("select count(*) from survey_response where phase_id = ? and origin_hash = ? and created_at > ?")
                .params(phaseId, originHash, Timestamp.from(since)).query(Long.class).single();
    }

    void insertCode(long phaseId, String codeHash, Instant now) {
        jdbc.sql("insert into survey_code (code_hash, phase_id, created_at) values (?, ?, ?)")
                .params(codeHash, phaseId, Timestamp.from(now)).update();
    }

    /** Marks an unused code as used by the response; false when the code is unknown or was used before. */
    boolean useCode(long phaseId, String codeHash, long responseId, Instant now) {
        return jdbc.sql("update survey_code set used_at = ?, response_id = ? where code_hash = ? and phase_id = ? "
                + "and used_at is null").params(Timestamp.from(now), responseId, codeHash, phaseId).update() == 1;
    }

    boolean codeUsable(long phaseId, String codeHash) {
        return jdbc.sql("select count(*) from survey_code where code_hash = ? and phase_id = ? and used_at is null")
                .params(codeHash, phaseId).query(Long.class).single() > 0;
    }

    record CodeCounts(long total, long used) {
    }

    CodeCounts codeCounts(long phaseId) {
        return jdbc.sql("select count(*) as total, count(used_at) as used from survey_code where phase_id = ?")
                .param(phaseId).query(RecordRowMapper.of(CodeCounts.class)).single();
    }

    void delete(long phaseId) {
        jdbc.sql("delete from survey where phase_id = ?").param(phaseId).update();
    }

    List<Question> questions(long phaseId) {
        return jdbc.sql("select " + Question.COLUMNS + " from survey_question where phase_id = ? order by position, id")
                .param(phaseId).query(RecordRowMapper.of(Question.class)).list();
    }

    void insertQuestion(Question q) {
        jdbc.sql("""
                insert into survey_question (phase_id, position, type, title, help, required, options, min_value,
                    max_value, min_label, max_label, condition_question_id, condition_value, new_page, other_option,
                    shuffle, statements, correct, explanation)
                values (?, (select coalesce(max(position), 0) + 1 from survey_question where phase_id = ?), ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(q.phaseId(), q.phaseId(), q.type().name(), q.title(), q.help(), q.required(), q.options(),
                        q.minValue(), q.maxValue(), q.minLabel(), q.maxLabel(), q.conditionQuestionId(),
                        q.conditionValue(), q.newPage(), q.otherOption(), q.shuffle(), q.statements(), q.correct(),
                        q.explanation())
                .update();
    }

    /** Wording only: title and help, which never change what collected answers mean. */
    void reword(long questionId, String title, String help) {
        jdbc.sql("update survey_question set title = ?, help = ? where id = ?").params(title, help, questionId).update();
        jdbc.sql("update survey set version = version + 1 where phase_id = (select phase_id from survey_question "
                + "where id = ?)").param(questionId).update();
    }

    void deleteQuestion(long questionId) {
        jdbc.sql("delete from survey_question where id = ?").param(questionId).update();
    }

    void swapPositions(Question a, Question b) {
        jdbc.sql("update survey_question set position = ? where id = ?").params(b.position(), a.id()).update();
        jdbc.sql("update survey_question set position = ? where id = ?").params(a.position(), b.id()).update();
        jdbc.sql("update survey set version = version + 1 where phase_id = ?").param(a.phaseId()).update();
    }

    // --- Responses ---

    long responses(long phaseId) {
        return jdbc.sql("select count(*) from survey_response where phase_id = ?").param(phaseId).query(Long.class)
                .single();
    }

    Map<String, Long> responsesPerChannel(long phaseId) {
        return jdbc.sql("select channel, count(*) from survey_response where phase_id = ? group by channel")
                .param(phaseId).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    record OwnResponse(long id, long phaseId, Instant createdAt) {
    }

    List<OwnResponse> responsesOf(long accountId) {
        return jdbc.sql("select id, phase_id, created_at from survey_response where account_id = ? order by id")
                .param(accountId).query(RecordRowMapper.of(OwnResponse.class)).list();
    }

    Optional<Long> responseOf(long phaseId, long accountId) {
        return jdbc.sql("select id from survey_response where phase_id = ? and account_id = ?")
                .params(phaseId, accountId).query(Long.class).optional();
    }

    List<Answer> answers(long responseId) {
        return jdbc.sql("select question_id, choice, number_value, text_value from survey_answer where response_id = ?")
                .param(responseId).query(RecordRowMapper.of(Answer.class)).list();
    }

    long insertResponse(long phaseId, Long accountId, String channel, Long enteredBy, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_response (phase_id, account_id, channel, entered_by, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, ?)").params(phaseId, accountId, channel, enteredBy, Timestamp.from(now),
                        Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** A changed response: its answers anew, keeping a moderator's review of every text that stayed the same. */
    void replaceAnswers(long responseId, List<Answer> answers, Instant now) {
        record Reviewed(long questionId, String textValue, String textState) {
        }
        List<Reviewed> reviewed = jdbc.sql("select question_id, text_value, text_state from survey_answer "
                + "where response_id = ? and text_state is not null").param(responseId)
                .query(RecordRowMapper.of(Reviewed.class)).list();
        jdbc.sql("delete from survey_answer where response_id = ?").param(responseId).update();
        jdbc.sql("update survey_response set updated_at = ? where id = ?").params(Timestamp.from(now), responseId)
                .update();
        insertAnswers(responseId, answers);
        for (Reviewed r : reviewed) {
            jdbc.sql("update survey_answer set text_state = ? where response_id = ? and question_id = ? "
                    + "and text_value = ?").params(r.textState(), responseId, r.questionId(), r.textValue()).update();
        }
    }

    /**
     * The answers of a response just inserted, in one statement: a JDBC batch reaches PostgreSQL as one
     * insert per row, and a submission has a dozen answers.
     */
    void insertAnswers(long responseId, List<Answer> answers) {
        for (int from = 0; from < answers.size(); from += ANSWERS_PER_INSERT) {
            List<Answer> some = answers.subList(from, Math.min(answers.size(), from + ANSWERS_PER_INSERT));
            StringBuilder sql = new StringBuilder(
                    "insert into survey_answer (response_id, question_id, choice, number_value, text_value) values ");
            List<Object> params = new ArrayList<>(some.size() * 5);
            for (Answer a : some) {
                sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?)");
                params.add(responseId);
                params.add(a.questionId());
                params.add(a.choice());
                params.add(a.numberValue());
                params.add(a.textValue());
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    // --- Results ---

    /** How often each option of each question was chosen: question id → option position → count. */
    Map<Long, Map<Integer, Long>> choiceCounts(long phaseId, String channel) {
        List<Object[]> rows = jdbc.sql("select a.question_id, a.choice, count(*) from survey_answer a "
                + "join survey_response r on r.id = a.response_id where r.phase_id = :phase and a.choice is not null"
                + (channel == null ? "" : " and r.channel = :channel") + " group by a.question_id, a.choice")
                .param("phase", phaseId).param("channel", channel == null ? "" : channel)
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getInt(2), rs.getLong(3) }).list();
        Map<Long, Map<Integer, Long>> counts = new java.util.HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], k -> new java.util.TreeMap<>()).put((Integer) row[1], (Long) row[2]);
        }
        return counts;
    }

    /** For numbers and scales: question id → value → count. */
    Map<Long, Map<Double, Long>> numberCounts(long phaseId, String channel) {
        List<Object[]> rows = jdbc.sql("select a.question_id, a.number_value, count(*) from survey_answer a "
                + "join survey_response r on r.id = a.response_id where r.phase_id = :phase "
                + "and a.number_value is not null" + (channel == null ? "" : " and r.channel = :channel")
                + " group by a.question_id, a.number_value")
                .param("phase", phaseId).param("channel", channel == null ? "" : channel)
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getDouble(2), rs.getLong(3) }).list();
        Map<Long, Map<Double, Long>> counts = new java.util.HashMap<>();
        for (Object[] row : rows) {
            counts.computeIfAbsent((Long) row[0], k -> new java.util.TreeMap<>()).put((Double) row[1], (Long) row[2]);
        }
        return counts;
    }

    /** How many responses answered the question at all (for multiple choice, where one response has many rows). */
    long answeredBy(long questionId, String channel) {
        return jdbc.sql("select count(distinct a.response_id) from survey_answer a join survey_response r "
                + "on r.id = a.response_id where a.question_id = :question"
                + (channel == null ? "" : " and r.channel = :channel"))
                .param("question", questionId).param("channel", channel == null ? "" : channel)
                .query(Long.class).single();
    }

    /** A stamp that changes whenever responses or questions change: the newest response change and the version. */
    String changeStamp(long phaseId) {
        return jdbc.sql("select (select max(updated_at) from survey_response where phase_id = :phase) as changed, "
                + "(select version from survey where phase_id = :phase) as version, "
                + "(select count(*) from survey_question where phase_id = :phase) as questions")
                .param("phase", phaseId).query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/"
                        + rs.getString(3)).single();
    }

    /** A response as an export lists it; the score only for quizzes. */
    record ResponseRow(long id, String channel, Instant createdAt, Integer score) {
    }

    /**
     * Every response of the phase in id order, each with its answers, for exports that never hold all
     * rows: a chunk of responses at a time, read with their answers in one query.
     */
    void forEachResponse(long phaseId, int chunk, BiConsumer<ResponseRow, List<Answer>> consumer) {
        long after = 0;
        while (true) {
            ResponseRow[] current = { null };
            List<Answer> answers = new ArrayList<>();
            int[] responses = { 0 };
            jdbc.sql("""
                    select r.id, r.channel, r.created_at, r.score, a.question_id, a.choice, a.number_value, a.text_value
                    from (select id, channel, created_at, score from survey_response where phase_id = ? and id > ?
                          order by id limit ?) r
                    left join survey_answer a on a.response_id = r.id
                    order by r.id""").params(phaseId, after, chunk).query((RowCallbackHandler) rs -> {
                        long id = rs.getLong(1);
                        if (current[0] == null || current[0].id() != id) {
                            if (current[0] != null) {
                                consumer.accept(current[0], answers);
                                answers.clear();
                            }
                            int points = rs.getInt(4);
                            Integer score = rs.wasNull() ? null : points;
                            current[0] = new ResponseRow(id, rs.getString(2), rs.getTimestamp(3).toInstant(), score);
                            responses[0]++;
                        }
                        long question = rs.getLong(5);
                        if (!rs.wasNull()) {
                            int choice = rs.getInt(6);
                            Integer chosen = rs.wasNull() ? null : choice;
                            double number = rs.getDouble(7);
                            answers.add(new Answer(question, chosen, rs.wasNull() ? null : number, rs.getString(8)));
                        }
                    });
            if (current[0] != null) {
                consumer.accept(current[0], answers);
                after = current[0].id();
            }
            if (responses[0] < chunk) {
                return;
            }
        }
    }

    // --- Results by question type, breakdowns, participation and the review of free texts ---

    /**
     * For matrices and rankings, whose answer rows pair a choice with a number: question id → choice
     * (a matrix's statement, a ranking's option) → number (a matrix's scale position, a rank) → count.
     */
    Map<Long, Map<Integer, Map<Integer, Long>>> pairCounts(long phaseId, String channel) {
        Map<Long, Map<Integer, Map<Integer, Long>>> counts = new java.util.HashMap<>();
        jdbc.sql("select a.question_id, a.choice, a.number_value, count(*) from survey_answer a "
                + "join survey_response r on r.id = a.response_id join survey_question q on q.id = a.question_id "
                + "where r.phase_id = :phase and q.type in ('MATRIX', 'RANKING') and a.choice is not null "
                + "and a.number_value is not null" + (channel == null ? "" : " and r.channel = :channel")
                + " group by a.question_id, a.choice, a.number_value")
                .param("phase", phaseId).param("channel", channel == null ? "" : channel)
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeMap<>())
                        .computeIfAbsent(rs.getInt(2), k -> new java.util.TreeMap<>())
                        .merge((int) Math.round(rs.getDouble(3)), rs.getLong(4), Long::sum))
                .list();
        return counts;
    }

    /** Which texts a list of answers shows: all (staff), all but the hidden, or only the approved. */
    enum TextFilter {
        ALL(""), NOT_HIDDEN(" and (a.text_state is null or a.text_state <> 'HIDDEN')"),
        APPROVED(" and a.text_state = 'APPROVED'");

        private final String condition;

        TextFilter(String condition) {
            this.condition = condition;
        }
    }

    /** The newest texts of the questions (newest responses first) with their review state, at most the limit each. */
    Map<Long, List<TextAnswer>> textAnswers(Collection<Long> questionIds, String channel, int limit,
            TextFilter filter) {
        Map<Long, List<TextAnswer>> texts = new java.util.HashMap<>();
        for (Long questionId : questionIds) {
            texts.put(questionId, jdbc.sql("select a.response_id, a.question_id, a.text_value, a.text_state "
                    + "from survey_answer a join survey_response r on r.id = a.response_id "
                    + "where a.question_id = :question and a.text_value is not null"
                    + (channel == null ? "" : " and r.channel = :channel") + filter.condition
                    + " order by a.response_id desc limit :limit").param("question", questionId)
                    .param("channel", channel == null ? "" : channel).param("limit", limit)
                    .query(RecordRowMapper.of(TextAnswer.class)).list());
        }
        return texts;
    }

    /** The pictures of the phase's image choices: question id → option position → image. */
    Map<Long, Map<Integer, OptionImage>> optionImages(long phaseId) {
        Map<Long, Map<Integer, OptionImage>> images = new java.util.HashMap<>();
        jdbc.sql("select question_id, position, image_key, alt from survey_option_image where question_id in "
                + "(select id from survey_question where phase_id = ?)").param(phaseId)
                .query((rs, n) -> images.computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>())
                        .put(rs.getInt(2), new OptionImage(rs.getString(3), rs.getString(4))))
                .list();
        return images;
    }

    /** For a quiz's multiple choice: how many responses chose exactly the correct options. */
    long fullyCorrect(long questionId, java.util.Set<Integer> correct, String channel) {
        return jdbc.sql("select count(*) from (select a.response_id from survey_answer a join survey_response r "
                + "on r.id = a.response_id where a.question_id = :question and a.choice is not null"
                + (channel == null ? "" : " and r.channel = :channel") + " group by a.response_id "
                + "having count(*) = :size and sum(case when a.choice in (:correct) then 1 else 0 end) = :size) c")
                .param("question", questionId).param("channel", channel == null ? "" : channel)
                .param("size", correct.size()).param("correct", correct).query(Long.class).single();
    }

    private static final String CROSS = "from survey_answer a join survey_answer b on b.response_id = a.response_id "
            + "and b.question_id = :by and b.choice is not null join survey_response r on r.id = a.response_id "
            + "join survey_question q on q.id = a.question_id "
            + "and q.type in ('SINGLE', 'MULTIPLE', 'DROPDOWN', 'YES_NO', 'CONSENT', 'IMAGE_CHOICE') "
            + "where r.phase_id = :phase and a.choice is not null and a.question_id <> :by";

    /** Choice answers crossed with the answer to one question: question id → its choice → that choice → count. */
    Map<Long, Map<Integer, Map<Integer, Long>>> crossCounts(long phaseId, long byQuestionId, String channel) {
        Map<Long, Map<Integer, Map<Integer, Long>>> counts = new java.util.HashMap<>();
        jdbc.sql("select a.question_id, a.choice, b.choice, count(*) " + CROSS
                + (channel == null ? "" : " and r.channel = :channel") + " group by a.question_id, a.choice, b.choice")
                .param("phase", phaseId).param("by", byQuestionId).param("channel", channel == null ? "" : channel)
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>())
                        .computeIfAbsent(rs.getInt(2), k -> new java.util.HashMap<>()).put(rs.getInt(3), rs.getLong(4)))
                .list();
        return counts;
    }

    /** How many responses answered each choice question, per answer to one question: question id → that choice → count. */
    Map<Long, Map<Integer, Long>> crossAnswered(long phaseId, long byQuestionId, String channel) {
        Map<Long, Map<Integer, Long>> counts = new java.util.HashMap<>();
        jdbc.sql("select a.question_id, b.choice, count(distinct a.response_id) " + CROSS
                + (channel == null ? "" : " and r.channel = :channel") + " group by a.question_id, b.choice")
                .param("phase", phaseId).param("by", byQuestionId).param("channel", channel == null ? "" : channel)
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new java.util.HashMap<>())
                        .put(rs.getInt(2), rs.getLong(3)))
                .list();
        return counts;
    }

    /** Responses per day and channel, with the sum and number of quiz scores among them. */
    record DayCount(java.time.LocalDate day, String channel, long responses, long scoreSum, long scored) {
    }

    List<DayCount> responsesPerDay(long phaseId) {
        return jdbc.sql("select cast(created_at as date), channel, count(*), coalesce(sum(score), 0), count(score) "
                + "from survey_response where phase_id = ? group by cast(created_at as date), channel "
                + "order by cast(created_at as date)").param(phaseId)
                .query((rs, n) -> new DayCount(rs.getObject(1, java.time.LocalDate.class), rs.getString(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    /** A state of review for the back office's filter: "OPEN" (not reviewed yet), APPROVED, HIDDEN, or null for all. */
    private static String reviewCondition(String state) {
        return state == null ? "" : "OPEN".equals(state) ? " and a.text_state is null" : " and a.text_state = :state";
    }

    /** The newest texts of the questions in a state of review, for the moderators' list. */
    List<TextAnswer> textsForReview(Collection<Long> questionIds, String state, int limit) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select a.response_id, a.question_id, a.text_value, a.text_state from survey_answer a "
                + "where a.question_id in (:questions) and a.text_value is not null" + reviewCondition(state)
                + " order by a.response_id desc, a.question_id limit :limit")
                .param("questions", questionIds).param("state", state == null ? "" : state).param("limit", limit)
                .query(RecordRowMapper.of(TextAnswer.class)).list();
    }

    long countTextsForReview(Collection<Long> questionIds, String state) {
        if (questionIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from survey_answer a where a.question_id in (:questions) "
                + "and a.text_value is not null" + reviewCondition(state))
                .param("questions", questionIds).param("state", state == null ? "" : state).query(Long.class).single();
    }

    /**
     * Sets the review state of the texts (response id, question id), only of the given questions of
     * the phase; the survey's version changes so cached results list the texts anew.
     */
    int reviewTexts(long phaseId, Collection<Long> questionIds, List<long[]> texts, String state) {
        int changed = 0;
        for (long[] text : texts) {
            if (questionIds.contains(text[1])) {
                changed += jdbc.sql("update survey_answer set text_state = ? where response_id = ? and question_id = ? "
                        + "and text_value is not null and question_id in (select id from survey_question where phase_id = ?)")
                        .params(state, text[0], text[1], phaseId).update();
            }
        }
        jdbc.sql("update survey set version = version + 1 where phase_id = ?").param(phaseId).update();
        return changed;
    }

    /** Sets the review state of every text of the questions that is in a state of review now (see the filter). */
    int reviewAllTexts(long phaseId, Collection<Long> questionIds, String fromState, String state) {
        if (questionIds.isEmpty()) {
            return 0;
        }
        int changed = jdbc.sql("update survey_answer a set text_state = :to where a.question_id in (:questions) "
                + "and a.text_value is not null" + reviewCondition(fromState))
                .param("to", state).param("questions", questionIds).param("state", fromState == null ? "" : fromState)
                .update();
        jdbc.sql("update survey set version = version + 1 where phase_id = ?").param(phaseId).update();
        return changed;
    }
}
