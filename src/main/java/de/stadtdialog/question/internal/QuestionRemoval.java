package de.stadtdialog.question.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.AccountDeleted;

/** Deletes a person's questions and "relevant for me" marks when they delete their account and ask for it. */
@Component
class QuestionRemoval {

    private final JdbcClient jdbc;

    QuestionRemoval(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountDeleted event) {
        if (event.removeContributions()) {
            jdbc.sql("delete from question where author_id = ?").param(event.accountId()).update();
            jdbc.sql("delete from question_relevant where account_id = ?").param(event.accountId()).update();
        }
    }
}
