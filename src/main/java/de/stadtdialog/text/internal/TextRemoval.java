package de.stadtdialog.text.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.AccountDeleted;

/**
 * Deletes a person's comments on draft texts and their ratings when they delete their account and ask
 * for it. A comment others answered stays in its thread, emptied and hidden, so the answers keep their place.
 */
@Component
class TextRemoval {

    private final JdbcClient jdbc;

    TextRemoval(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountDeleted event) {
        if (!event.removeContributions()) {
            return;
        }
        long account = event.accountId();
        List<Long> rated = jdbc.sql("select comment_id from text_comment_rating where account_id = ?").param(account)
                .query(Long.class).list();
        jdbc.sql("delete from text_comment_rating where account_id = ?").param(account).update();
        jdbc.sql("""
                update text_comment set body = '', author_id = null, visibility = 'HIDDEN'
                where author_id = ? and exists (select 1 from text_comment r where r.parent_id = text_comment.id)
                """).param(account).update();
        jdbc.sql("delete from text_comment where author_id = ?").param(account).update();
        if (!rated.isEmpty()) {
            jdbc.sql("""
                    update text_comment set
                        ups = (select count(*) from text_comment_rating r where r.comment_id = text_comment.id and r.rating > 0),
                        downs = (select count(*) from text_comment_rating r where r.comment_id = text_comment.id and r.rating < 0)
                    where id in (:ids)
                    """).param("ids", rated).update();
            jdbc.sql("update text_comment set score = ups - downs where id in (:ids)").param("ids", rated).update();
        }
    }
}
