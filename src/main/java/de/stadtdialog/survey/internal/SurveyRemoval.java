package de.stadtdialog.survey.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.AccountDeleted;

/**
 * Drafts are personal and go with every deleted account; responses go too when the person asks for
 * their contributions to be removed (results are counted from the responses, so they follow).
 */
@Component
class SurveyRemoval {

    private final JdbcClient jdbc;

    SurveyRemoval(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountDeleted event) {
        jdbc.sql("delete from survey_draft where account_id = ?").param(event.accountId()).update();
        if (event.removeContributions()) {
            jdbc.sql("delete from survey_response where account_id = ?").param(event.accountId()).update();
        }
    }
}
