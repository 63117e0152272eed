package de.stadtdialog.idea.internal;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.AccountDeleted;

/**
 * Removes what a person wrote and counted for in idea collections when they delete their account and
 * ask for it. Comments that others answered keep their place in the thread, emptied and hidden, so the
 * answers stay. The counters of every idea touched are counted afresh rather than adjusted.
 */
@Component
class IdeaRemoval {

    private final JdbcClient jdbc;
    private final IdeaRepository ideas;
    private final IdeaCounts counts;

    IdeaRemoval(JdbcClient jdbc, IdeaRepository ideas, IdeaCounts counts) {
        this.jdbc = jdbc;
        this.ideas = ideas;
        this.counts = counts;
    }

    @EventListener
    void on(AccountDeleted event) {
        if (!event.removeContributions()) {
            return;
        }
        long account = event.accountId();
        List<Long> projects = jdbc.sql("""
                select project_id from idea where author_id = :a
                union select i.project_id from idea_comment c join idea i on i.id = c.idea_id where c.author_id = :a
                union select i.project_id from idea_rating r join idea i on i.id = r.idea_id where r.account_id = :a
                union select project_id from idea_vote where account_id = :a
                union select i.project_id from idea_comment_rating r join idea_comment c on c.id = r.comment_id
                    join idea i on i.id = c.idea_id where r.account_id = :a
                union select project_id from idea_participant where account_id = :a
                """).param("a", account).query(Long.class).list();
        List<Long> touchedIdeas = jdbc.sql("""
                select idea_id from idea_comment where author_id = :a
                union select idea_id from idea_rating where account_id = :a
                union select idea_id from idea_vote where account_id = :a
                union select c.idea_id from idea_comment_rating r join idea_comment c on c.id = r.comment_id
                    where r.account_id = :a
                """).param("a", account).query(Long.class).list();
        List<Long> ratedComments = jdbc.sql("select comment_id from idea_comment_rating where account_id = ?")
                .param(account).query(Long.class).list();

        jdbc.sql("delete from idea where author_id = ?").param(account).update();
        jdbc.sql("delete from idea_rating where account_id = ?").param(account).update();
        jdbc.sql("delete from idea_vote where account_id = ?").param(account).update();
        jdbc.sql("delete from idea_comment_rating where account_id = ?").param(account).update();
        jdbc.sql("delete from idea_participant where account_id = ?").param(account).update();
        jdbc.sql("""
                update idea_comment set body = '', author_id = null, visibility = 'WITHDRAWN'
                where author_id = ? and exists (select 1 from idea_comment r where r.parent_id = idea_comment.id)
                """).param(account).update();
        jdbc.sql("delete from idea_comment where author_id = ?").param(account).update();

        if (!ratedComments.isEmpty()) {
            jdbc.sql("""
                    update idea_comment set
                        ups = (select count(*) from idea_comment_rating r where r.comment_id = idea_comment.id and r.rating > 0),
                        downs = (select count(*) from idea_comment_rating r where r.comment_id = idea_comment.id and r.rating < 0)
                    where id in (:ids)
                    """).param("ids", ratedComments).update();
            jdbc.sql("update idea_comment set score = ups - downs where id in (:ids)").param("ids", ratedComments)
                    .update();
        }
        if (!touchedIdeas.isEmpty()) {
            jdbc.sql("""
                    update idea set
                        supports = (select count(*) from idea_rating r where r.idea_id = idea.id and r.rating > 0),
                        opposes = (select count(*) from idea_rating r where r.idea_id = idea.id and r.rating < 0),
                        votes = (select count(*) from idea_vote v where v.idea_id = idea.id),
                        comments = (select count(*) from idea_comment c where c.idea_id = idea.id
                            and c.visibility = 'PUBLISHED')
                    where id in (:ids)
                    """).param("ids", touchedIdeas).update();
        }
        projects.forEach(project -> {
            ideas.touch(project);
            counts.changed(project);
        });
    }
}
