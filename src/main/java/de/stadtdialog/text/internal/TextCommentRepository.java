package de.stadtdialog.text.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import de.stadtdialog.shared.jdbc.RecordRowMapper;

/** Comments on paragraphs: pages of threads, counts per paragraph, ratings and moderation. */
@Repository
public class TextCommentRepository {

    private final JdbcClient jdbc;

    TextCommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TextComment> find(long id) {
        return jdbc.sql("select " + TextComment.COLUMNS + " from text_comment where id = ?").param(id)
                .query(RecordRowMapper.of(TextComment.class)).optional();
    }

    Optional<TextComment> lock(long id) {
        return jdbc.sql("select " + TextComment.COLUMNS + " from text_comment where id = ? for update").param(id)
                .query(RecordRowMapper.of(TextComment.class)).optional();
    }

    long insert(long phaseId, long versionId, String paragraphKey, TextComment parent, long authorId, String body,
            Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Long rootId = parent == null ? null : parent.rootId() == null ? parent.id() : parent.rootId();
        jdbc.sql("""
                insert into text_comment (phase_id, version_id, paragraph_key, root_id, parent_id, depth, author_id,
                    body, visibility, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?)""")
                .params(phaseId, versionId, paragraphKey, rootId, parent == null ? null : parent.id(),
                        parent == null ? 0 : parent.depth() + 1, authorId, body, Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** One page of a paragraph's threads, newest first, plus one more to tell whether another page exists. */
    List<TextComment> threads(long phaseId, String paragraphKey, int page) {
        return jdbc.sql("select " + TextComment.COLUMNS + " from text_comment where phase_id = :phase "
                + "and paragraph_key = :key and depth = 0 order by created_at desc, id desc limit :limit offset :offset")
                .param("phase", phaseId).param("key", paragraphKey).param("limit", TextComment.PAGE_SIZE + 1)
                .param("offset", page * TextComment.PAGE_SIZE)
                .query(RecordRowMapper.of(TextComment.class)).list();
    }

    /** All replies in the given threads, oldest first, so a conversation reads from top to bottom. */
    List<TextComment> replies(Collection<Long> rootIds) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + TextComment.COLUMNS + " from text_comment where root_id in (:roots) "
                + "order by created_at, id").param("roots", rootIds)
                .query(RecordRowMapper.of(TextComment.class)).list();
    }

    /** Visible comments per paragraph key. */
    Map<String, Long> counts(long phaseId) {
        return jdbc.sql("select paragraph_key, count(*) from text_comment where phase_id = ? and visibility = 'PUBLISHED' "
                + "group by paragraph_key").param(phaseId)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long count(long phaseId) {
        return jdbc.sql("select count(*) from text_comment where phase_id = ? and visibility = 'PUBLISHED'")
                .param(phaseId).query(Long.class).single();
    }

    long participants(long phaseId) {
        return jdbc.sql("select count(distinct author_id) from text_comment where phase_id = ? "
                + "and visibility = 'PUBLISHED'").param(phaseId).query(Long.class).single();
    }

    /** Every visible comment of a phase, in the order of paragraph and time; for reports and exports. */
    List<TextComment> published(long phaseId) {
        return jdbc.sql("select " + TextComment.COLUMNS + " from text_comment where phase_id = ? "
                + "and visibility = 'PUBLISHED' order by paragraph_key, created_at, id").param(phaseId)
                .query(RecordRowMapper.of(TextComment.class)).list();
    }

    /** The newest comments of a phase, for moderation. */
    List<TextComment> latest(long phaseId, int limit) {
        return jdbc.sql("select " + TextComment.COLUMNS + " from text_comment where phase_id = ? "
                + "order by created_at desc, id desc limit ?").params(phaseId, limit)
                .query(RecordRowMapper.of(TextComment.class)).list();
    }

    /** Visible first comments of threads that have not yet led to a change, the candidates when publishing. */
    List<TextComment> open(long phaseId) {
        return jdbc.sql("select " + TextComment.COLUMNS + " from text_comment where phase_id = ? and depth = 0 "
                + "and visibility = 'PUBLISHED' and led_to_version is null order by paragraph_key, created_at, id")
                .param(phaseId).query(RecordRowMapper.of(TextComment.class)).list();
    }

    /** The comments that led to the versions after {@code from} up to and including {@code to}. */
    List<TextComment> ledTo(long phaseId, int from, int to) {
        return jdbc.sql("select " + TextComment.COLUMNS + " from text_comment where phase_id = ? "
                + "and led_to_version > ? and led_to_version <= ? order by created_at, id").params(phaseId, from, to)
                .query(RecordRowMapper.of(TextComment.class)).list();
    }

    void markLedTo(long phaseId, Collection<Long> commentIds, int versionNo) {
        if (commentIds.isEmpty()) {
            return;
        }
        jdbc.sql("update text_comment set led_to_version = :version where phase_id = :phase and id in (:ids) "
                + "and led_to_version is null").param("version", versionNo).param("phase", phaseId)
                .param("ids", commentIds).update();
    }

    void hide(long id, String reason) {
        jdbc.sql("update text_comment set visibility = 'HIDDEN', hidden_reason = ? where id = ?").params(reason, id)
                .update();
    }

    void restore(long id) {
        jdbc.sql("update text_comment set visibility = 'PUBLISHED', hidden_reason = null where id = ?").param(id)
                .update();
    }

    void highlight(long id, boolean highlighted) {
        jdbc.sql("update text_comment set city_highlight = ? where id = ?").params(highlighted, id).update();
    }

    Map<Long, Integer> ratings(Collection<Long> commentIds, long accountId) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select comment_id, rating from text_comment_rating where account_id = :account "
                + "and comment_id in (:ids)").param("account", accountId).param("ids", commentIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Sets, changes or (with 0) removes a person's rating and adjusts the counters in the same transaction. */
    void rate(TextComment comment, long accountId, int rating) {
        int before = jdbc.sql("select rating from text_comment_rating where comment_id = ? and account_id = ?")
                .params(comment.id(), accountId).query(Integer.class).optional().orElse(0);
        if (before == rating) {
            return;
        }
        if (before == 0) {
            jdbc.sql("insert into text_comment_rating (comment_id, account_id, rating) values (?, ?, ?)")
                    .params(comment.id(), accountId, rating).update();
        } else if (rating == 0) {
            jdbc.sql("delete from text_comment_rating where comment_id = ? and account_id = ?")
                    .params(comment.id(), accountId).update();
        } else {
            jdbc.sql("update text_comment_rating set rating = ? where comment_id = ? and account_id = ?")
                    .params(rating, comment.id(), accountId).update();
        }
        int ups = (rating > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
        int downs = (rating < 0 ? 1 : 0) - (before < 0 ? 1 : 0);
        jdbc.sql("update text_comment set ups = ups + ?, downs = downs + ?, score = score + ? where id = ?")
                .params(ups, downs, ups - downs, comment.id()).update();
    }

    List<TextComment> byAuthor(long accountId) {
        return jdbc.sql("select " + TextComment.COLUMNS + " from text_comment where author_id = ? order by id")
                .param(accountId).query(RecordRowMapper.of(TextComment.class)).list();
    }
}
