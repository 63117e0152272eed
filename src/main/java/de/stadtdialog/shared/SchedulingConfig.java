package de.stadtdialog.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the background jobs (mail outbox, digests, reminders, newsletter, housekeeping). Every job is
 * safe on several nodes. Tests switch them off and call the jobs themselves, so that no job runs
 * halfway through what a test checks.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "stadtdialog.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
