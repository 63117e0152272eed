package de.stadtdialog.project.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.stadtdialog.shared.BackgroundJobs;
import de.stadtdialog.account.Accounts;
import de.stadtdialog.notification.Notifications;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.project.Project;
import de.stadtdialog.shared.mail.Mailer;

/**
 * Reminds the initiators of a project, once, when its last phase ended more than the configured
 * weeks ago and its results are still not published: by e-mail and in their notifications. Each
 * reminder is claimed in the database first, so several nodes running the job send it once.
 */
@Component
class ResultsReminders {

    private final ProjectRepository projects;
    private final ProjectCatalog catalog;
    private final BackgroundJobs jobs;
    private final ResultRepository results;
    private final Organisations organisations;
    private final Accounts accounts;
    private final Notifications notifications;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    ResultsReminders(BackgroundJobs jobs, ProjectRepository projects, ProjectCatalog catalog, ResultRepository results,
            Organisations organisations, Accounts accounts, Notifications notifications, Mailer mailer,
            MessageSource messages, Clock clock, @Value("${stadtdialog.base-url}") String baseUrl) {
        this.jobs = jobs;
        this.projects = projects;
        this.catalog = catalog;
        this.results = results;
        this.organisations = organisations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT9M")
    void run() {
        if (jobs.enabled()) {
            remindOverdue();
        }
    }

    /** @return the projects reminded by this call */
    List<Long> remindOverdue() {
        var reminded = new java.util.HashSet<>(results.reminded());
        List<ProjectCard> overdue = catalog.cards(projects.findOwingResults()).stream()
                .filter(card -> card.results() == ResultsState.OVERDUE && !reminded.contains(card.project().id()))
                .toList();
        return overdue.stream().filter(card -> results.claimReminder(card.project().id(), clock.instant()))
                .peek(this::remind).map(card -> card.project().id()).toList();
    }

    private void remind(ProjectCard card) {
        Project project = card.project();
        String link = "/verwaltung/projekte/" + project.id() + "/ergebnisse";
        Map<String, Long> recipients = new LinkedHashMap<>();
        organisations.members(project.organisationId()).stream().filter(m -> m.role() == OrgRole.INITIATOR)
                .forEach(m -> accounts.activeEmail(m.accountId()).ifPresent(email -> recipients.put(email, m.accountId())));
        if (project.contactEmail() != null) {
            recipients.putIfAbsent(project.contactEmail(), null);
        }
        Locale german = Locale.GERMAN;
        String ended = card.end().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(german));
        String subject = messages.getMessage("results.reminder.subject", new Object[] {project.title()}, german);
        String body = messages.getMessage("results.reminder.body",
                new Object[] {project.title(), ended, baseUrl + link}, german);
        // initiators as they chose to get notification mails; the project's contact address (a department's
        // mailbox, not a person's account) always
        recipients.forEach((email, accountId) -> {
            if (accountId == null) {
                mailer.send(email, subject, body);
            } else {
                notifications.record(accountId, "notification.results.reminder", project.title(), link);
                notifications.mail(accountId, subject, body);
            }
        });
    }
}
