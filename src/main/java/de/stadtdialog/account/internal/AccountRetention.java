package de.stadtdialog.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.AccountDeleted;
import de.stadtdialog.shared.BackgroundJobs;
import de.stadtdialog.shared.mail.Mailer;
import de.stadtdialog.shared.web.PlatformSettings;
import de.stadtdialog.shared.web.StaffDirectory;

/**
 * Accounts nobody has logged in to for {@code stadtdialog.privacy.inactive-after} get a mail; unless
 * the person logs in within {@code stadtdialog.privacy.delete-after-warning}, the account is deleted
 * and its contributions stay as from "Gelöschtes Konto". Administrators and staff of an organisation
 * are never deleted automatically. Registrations never confirmed go after a week. Every step claims its row with a conditional update, so several
 * nodes may run this at the same time.
 */
@Component
class AccountRetention {

    private final AccountRepository accounts;
    private final ObjectProvider<StaffDirectory> staff;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PlatformSettings settings;
    private final ApplicationEventPublisher events;
    private final BackgroundJobs jobs;
    private final Clock clock;
    private final Period inactiveAfter;
    private final Period deleteAfterWarning;

    AccountRetention(AccountRepository accounts, ObjectProvider<StaffDirectory> staff, Mailer mailer,
            MessageSource messages, PlatformSettings settings, ApplicationEventPublisher events, BackgroundJobs jobs,
            Clock clock, @Value("${stadtdialog.privacy.inactive-after:P3Y}") String inactiveAfter,
            @Value("${stadtdialog.privacy.delete-after-warning:P30D}") String deleteAfterWarning) {
        this.accounts = accounts;
        this.staff = staff;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
        this.events = events;
        this.jobs = jobs;
        this.clock = clock;
        this.inactiveAfter = Period.parse(inactiveAfter);
        this.deleteAfterWarning = Period.parse(deleteAfterWarning);
    }

    @Scheduled(cron = "0 17 3 * * *")
    void scheduled() {
        if (jobs.enabled()) {
            warn();
            delete();
        }
    }

    @Transactional
    public void warn() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Berlin"));
        Instant before = today.minus(inactiveAfter).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
        String deletion = today.plus(deleteAfterWarning).format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        for (long id : accounts.inactiveSince(before)) {
            if (isStaff(id) || !accounts.claimInactivityWarning(id, now)) {
                continue;
            }
            accounts.findById(id).ifPresent(row -> {
                Object[] args = { settings.name(), settings.baseUrl() + "/anmelden", deletion, row.username() };
                mailer.send(row.email(), messages.getMessage("mail.inactive.subject", args, Locale.GERMAN),
                        messages.getMessage("mail.inactive.body", args, Locale.GERMAN));
            });
        }
    }

    @Transactional
    public void delete() {
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Instant before = LocalDate.ofInstant(now, zone).minus(deleteAfterWarning).atStartOfDay(zone).toInstant();
        accounts.deleteUnconfirmed(now.minus(java.time.Duration.ofDays(7)));
        for (long id : accounts.warnedBefore(before)) {
            if (!isStaff(id) && accounts.anonymiseIfActive(id, now)) {
                events.publishEvent(new AccountDeleted(id, false));
            }
        }
    }

    private boolean isStaff(long accountId) {
        StaffDirectory directory = staff.getIfAvailable();
        return directory != null && directory.isStaff(accountId);
    }
}
