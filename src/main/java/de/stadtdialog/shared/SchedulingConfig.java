package de.stadtdialog.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the background jobs (mail outbox, digests, reminders, newsletter, housekeeping); see {@link BackgroundJobs}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
