package de.stadtdialog.event.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.AccountDeleted;
import de.stadtdialog.event.Events;

/**
 * A deleted account cannot come: its registrations for events still ahead are withdrawn, so the
 * waiting list moves up. Registrations for past events stay as part of the attendance, unless the
 * person asked for their contributions to be removed.
 */
@Component
class EventAccountRemoval {

    private final JdbcClient jdbc;
    private final Events events;
    private final Clock clock;

    EventAccountRemoval(JdbcClient jdbc, Events events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(AccountDeleted event) {
        jdbc.sql("""
                select r.event_id from event_registration r join event e on e.id = r.event_id
                where r.account_id = ? and e.ends_at > ? order by r.event_id
                """).params(event.accountId(), java.sql.Timestamp.from(clock.instant())).query(Long.class).list()
                .forEach(eventId -> events.withdraw(eventId, event.accountId()));
        if (event.removeContributions()) {
            jdbc.sql("delete from event_registration where account_id = ?").param(event.accountId()).update();
        }
    }
}
