package de.stadtdialog.support.browser;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks up ids in the demo city, so page sets can name back-office URLs. */
public class DemoCity {

    private final JdbcClient jdbc;

    public DemoCity(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long projectId(String slug) {
        return jdbc.sql("select id from project where slug = ?").param(slug).query(Long.class).single();
    }

    public long organisationId(String slug) {
        return jdbc.sql("select id from organisation where slug = ?").param(slug).query(Long.class).single();
    }

    /** The id of the demo idea with this title. */
    public long ideaId(String title) {
        return jdbc.sql("select id from idea where title = ?").param(title).query(Long.class).single();
    }

    /** The id of the demo question that starts with these words. */
    public long questionId(String start) {
        return jdbc.sql("select id from question where body like ?").param(start + "%").query(Long.class).single();
    }

    /** The id of the project's phase at this position in time order, starting at 0. */
    public long phaseId(String projectSlug, int index) {
        return jdbc.sql("select id from phase where project_id = ? order by starts_on, id")
                .param(projectId(projectSlug)).query(Long.class).list().get(index);
    }

    /** The id of the demo entry of the list of planned projects with this title. */
    public long planId(String title) {
        return jdbc.sql("select id from plan where title = ?").param(title).query(Long.class).single();
    }

    /** The unsubscribe token of a demo newsletter subscriber. */
    public String newsletterToken(String email) {
        return jdbc.sql("select token from newsletter_subscriber where email = ?").param(email).query(String.class)
                .single();
    }

    /** The id of the demo newsletter issue with this subject. */
    public long newsletterId(String subject) {
        return jdbc.sql("select id from newsletter where subject = ?").param(subject).query(Long.class).single();
    }

    /** The one-click token of some demo person who received notification mails. */
    public String notificationToken() {
        return jdbc.sql("select unsubscribe_token from notification_setting order by account_id")
                .query(String.class).list().get(0);
    }

    /** The id of the demo event with this title. */
    public long eventId(String title) {
        return jdbc.sql("select id from event where title = ?").param(title).query(Long.class).single();
    }
}
