package de.stadtdialog.plan.internal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.AccountDeleted;

/**
 * When a person deletes their account and asks for their contributions to go, their supports of
 * requests go, and so do requests they filed that nobody else supports; a request others support
 * stays, since it is theirs too.
 */
@Component
class PlanRemoval {

    private final JdbcClient jdbc;

    PlanRemoval(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountDeleted event) {
        if (!event.removeContributions()) {
            return;
        }
        jdbc.sql("delete from plan_request_support where account_id = ?").param(event.accountId()).update();
        jdbc.sql("""
                delete from plan_request where requested_by = ?
                    and not exists (select 1 from plan_request_support s where s.request_id = plan_request.id)
                """).param(event.accountId()).update();
    }
}
