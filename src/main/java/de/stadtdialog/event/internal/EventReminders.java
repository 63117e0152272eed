package de.stadtdialog.event.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.stadtdialog.shared.BackgroundJobs;
import de.stadtdialog.event.internal.EventMails.Kind;

/**
 * Reminds people with a seat the day before an event. Each reminder is claimed in the database
 * first, so several nodes running the job send it once.
 */
@Component
class EventReminders {

    static final Duration AHEAD = Duration.ofHours(24);

    private final EventRepository repository;
    private final EventMails mails;
    private final BackgroundJobs jobs;
    private final Clock clock;

    EventReminders(BackgroundJobs jobs, EventRepository repository, EventMails mails, Clock clock) {
        this.jobs = jobs;
        this.repository = repository;
        this.mails = mails;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT7M")
    void run() {
        if (jobs.enabled()) {
            remindDue();
        }
    }

    /** @return the registrations reminded by this call */
    List<Long> remindDue() {
        Instant now = clock.instant();
        return repository.dueForReminder(now, now.plus(AHEAD)).stream()
                .filter(r -> repository.claimReminder(r.id(), now))
                .peek(r -> mails.send(Kind.REMINDER, repository.findById(r.eventId()).orElseThrow(), r.accountId()))
                .map(Registration::id).toList();
    }
}
