package de.stadtdialog.shared.spam;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.shared.BackgroundJobs;

/**
 * Network addresses are kept only as long as abuse defence needs them: after seven days every module
 * forgets them. Deleting and blanking are idempotent, so several nodes may run this at the same time.
 */
@Component
public class AddressCleanup implements AddressRetention {

    public static final Duration RETENTION = Duration.ofDays(7);

    private final ObjectProvider<AddressRetention> stores;
    private final BackgroundJobs jobs;
    private final JdbcClient jdbc;
    private final Clock clock;

    AddressCleanup(ObjectProvider<AddressRetention> stores, BackgroundJobs jobs, JdbcClient jdbc, Clock clock) {
        this.stores = stores;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    void scheduled() {
        if (jobs.enabled()) {
            run();
        }
    }

    @Transactional
    public void run() {
        Instant before = clock.instant().minus(RETENTION);
        // Spring leaves this bean itself out of the stores it injects here
        forgetAddressesBefore(before);
        stores.orderedStream().filter(store -> store != this).forEach(store -> store.forgetAddressesBefore(before));
    }

    /** The guard's own records: addresses go after the retention, the rows after the duplicate window. */
    @Override
    public void forgetAddressesBefore(Instant before) {
        jdbc.sql("update spam_submission set address_hash = null where created_at < ? and address_hash is not null")
                .param(java.sql.Timestamp.from(before)).update();
        jdbc.sql("delete from spam_submission where created_at < ?")
                .param(java.sql.Timestamp.from(clock.instant().minus(SpamGuard.SAME_PERSON_WINDOW))).update();
    }
}
