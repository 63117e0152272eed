package de.stadtdialog.notification;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.stadtdialog.shared.BackgroundJobs;

/** Sends the notification digests that are due, every quarter of an hour. */
@Component
class DigestJob {

    private final NotificationMails mails;
    private final BackgroundJobs jobs;

    DigestJob(NotificationMails mails, BackgroundJobs jobs) {
        this.mails = mails;
        this.jobs = jobs;
    }

    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT3M")
    void run() {
        if (jobs.enabled()) {
            mails.sendDigests();
        }
    }
}
