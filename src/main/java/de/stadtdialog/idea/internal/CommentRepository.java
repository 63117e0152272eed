package de.stadtdialog.idea.internal;

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

/** Comments on ideas: pages of threads, and their ratings. */
@Repository
class CommentRepository {

    /** Hidden comments stay in their thread, shown as a placeholder with the reason. */
    private static final String VISIBLE = "(visibility in ('PUBLISHED', 'HIDDEN') or (author_id = :viewer and visibility = 'PENDING'))";

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Comment> find(long id) {
        return jdbc.sql("select " + Comment.COLUMNS + " from idea_comment where id = ?").param(id)
                .query(RecordRowMapper.of(Comment.class)).optional();
    }

    Optional<Comment> lock(long id) {
        return jdbc.sql("select " + Comment.COLUMNS + " from idea_comment where id = ? for update").param(id)
                .query(RecordRowMapper.of(Comment.class)).optional();
    }

    long insert(long ideaId, Comment parent, Long authorId, String body, Idea.Visibility visibility, Instant now) {
        return insert(ideaId, parent, authorId, null, null, body, visibility, now);
    }

    long insert(long ideaId, Comment parent, Long authorId, String guestName, String guestEmail, String body,
            Idea.Visibility visibility, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        Long rootId = parent == null ? null : parent.rootId() == null ? parent.id() : parent.rootId();
        jdbc.sql("""
                insert into idea_comment (idea_id, root_id, parent_id, depth, author_id, guest_name, guest_email, body,
                    visibility, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ideaId, rootId, parent == null ? null : parent.id(), parent == null ? 0 : parent.depth() + 1,
                        authorId, guestName, guestEmail, body, visibility.name(), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void setVisibility(long id, Idea.Visibility visibility) {
        jdbc.sql("update idea_comment set visibility = ? where id = ?").params(visibility.name(), id).update();
    }

    /** A guest confirmed: the comment goes public (or to moderation) and the address is forgotten. */
    void confirmGuest(long id, Idea.Visibility visibility) {
        jdbc.sql("update idea_comment set visibility = ?, guest_email = null where id = ?")
                .params(visibility.name(), id).update();
    }

    /**
     * One page of the first comments of threads, plus one more to tell whether another page exists.
     * Comments waiting for moderation are included for their author only.
     */
    List<Comment> threads(long ideaId, Comment.Order order, int page, Long viewer) {
        String orderBy = switch (order) {
            case NEWEST -> "created_at desc, id desc";
            case OLDEST -> "created_at, id";
            case BEST -> "score desc, id desc";
        };
        return jdbc.sql("select " + Comment.COLUMNS + " from idea_comment where idea_id = :idea and depth = 0 and "
                + VISIBLE + " order by " + orderBy + " limit :limit offset :offset")
                .param("idea", ideaId).param("viewer", viewer == null ? -1L : viewer)
                .param("limit", Comment.PAGE_SIZE + 1).param("offset", page * Comment.PAGE_SIZE)
                .query(RecordRowMapper.of(Comment.class)).list();
    }

    /** All replies in the given threads, oldest first, so a conversation reads from top to bottom. */
    List<Comment> replies(Collection<Long> rootIds, Long viewer) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + Comment.COLUMNS + " from idea_comment where root_id in (:roots) and " + VISIBLE
                + " order by created_at, id")
                .param("roots", rootIds).param("viewer", viewer == null ? -1L : viewer)
                .query(RecordRowMapper.of(Comment.class)).list();
    }

    List<Comment> pending(long projectId) {
        return jdbc.sql("select c.id, c.idea_id, c.root_id, c.parent_id, c.depth, c.author_id, c.guest_name, c.body, "
                + "c.visibility, c.ups, c.downs, c.score, c.created_at, c.hidden_reason, c.city_highlight "
                + "from idea_comment c join idea i on i.id = c.idea_id "
                + "where i.project_id = ? and c.visibility = 'PENDING' order by c.created_at, c.id")
                .param(projectId).query(RecordRowMapper.of(Comment.class)).list();
    }

    /** Comments waiting for pre-moderation in all projects of an organisation. */
    List<Comment> pendingOfOrganisation(long organisationId) {
        return jdbc.sql("select c.id, c.idea_id, c.root_id, c.parent_id, c.depth, c.author_id, c.guest_name, c.body, "
                + "c.visibility, c.ups, c.downs, c.score, c.created_at, c.hidden_reason, c.city_highlight "
                + "from idea_comment c join idea i on i.id = c.idea_id join project p on p.id = i.project_id "
                + "where p.organisation_id = ? and c.visibility = 'PENDING' order by c.created_at, c.id")
                .param(organisationId).query(RecordRowMapper.of(Comment.class)).list();
    }

    void setHidden(long id, Idea.Visibility visibility, String reason) {
        jdbc.sql("update idea_comment set visibility = ?, hidden_reason = ? where id = ?")
                .params(visibility.name(), reason, id).update();
    }

    void setHighlight(long id, boolean highlighted) {
        jdbc.sql("update idea_comment set city_highlight = ? where id = ?").params(highlighted, id).update();
    }

    Map<Long, Integer> ratings(Collection<Long> commentIds, long accountId) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select comment_id, rating from idea_comment_rating where account_id = :account "
                + "and comment_id in (:ids)").param("account", accountId).param("ids", commentIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<Integer> rating(long commentId, long accountId) {
        return jdbc.sql("select rating from idea_comment_rating where comment_id = ? and account_id = ?")
                .params(commentId, accountId).query(Integer.class).optional();
    }

    /** Sets, changes or (with 0) removes a person's rating and adjusts the counters in the same transaction. */
    void rate(Comment comment, long accountId, int rating) {
        int before = rating(comment.id(), accountId).orElse(0);
        if (before == rating) {
            return;
        }
        if (before == 0) {
            jdbc.sql("insert into idea_comment_rating (comment_id, account_id, rating) values (?, ?, ?)")
                    .params(comment.id(), accountId, rating).update();
        } else if (rating == 0) {
            jdbc.sql("delete from idea_comment_rating where comment_id = ? and account_id = ?")
                    .params(comment.id(), accountId).update();
        } else {
            jdbc.sql("update idea_comment_rating set rating = ? where comment_id = ? and account_id = ?")
                    .params(rating, comment.id(), accountId).update();
        }
        int ups = (rating > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
        int downs = (rating < 0 ? 1 : 0) - (before < 0 ? 1 : 0);
        jdbc.sql("update idea_comment set ups = ups + ?, downs = downs + ?, score = score + ? where id = ?")
                .params(ups, downs, ups - downs, comment.id()).update();
    }

    List<Comment> byAuthor(long accountId) {
        return jdbc.sql("select " + Comment.COLUMNS + " from idea_comment where author_id = ? order by id")
                .param(accountId).query(RecordRowMapper.of(Comment.class)).list();
    }

    long countAll(long projectId) {
        return jdbc.sql("select count(*) from idea_comment c join idea i on i.id = c.idea_id where i.project_id = ? "
                + "and c.visibility = 'PUBLISHED'").param(projectId).query(Long.class).single();
    }
}
