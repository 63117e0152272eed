package de.stadtdialog.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.notification.Notifications;
import de.stadtdialog.shared.web.PlatformSettings;

/**
 * Requests for participation (Anregung von Beteiligung): filing, co-signing, reaching the threshold
 * within the period, and the city's answer. Each write is one transaction.
 */
@Service
public class PlanRequests {

    private static final ZoneId CITY = ZoneId.of("Europe/Berlin");

    public enum Outcome {
        DONE, ALREADY, CLOSED
    }

    private final PlanRequestRepository requests;
    private final PlanRepository plans;
    private final Notifications notifications;
    private final Accounts accounts;
    private final MessageSource messages;
    private final PlatformSettings settings;
    private final Clock clock;
    private final int threshold;
    private final Period period;

    PlanRequests(PlanRequestRepository requests, PlanRepository plans, Notifications notifications,
            Accounts accounts, MessageSource messages, PlatformSettings settings, Clock clock,
            @Value("${stadtdialog.plans.request-threshold:50}") int threshold,
            @Value("${stadtdialog.plans.request-period:P3M}") String period) {
        this.requests = requests;
        this.plans = plans;
        this.notifications = notifications;
        this.accounts = accounts;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
        this.threshold = threshold;
        this.period = Period.parse(period);
    }

    public int threshold() {
        return threshold;
    }

    public Optional<PlanRequest> latest(long planId) {
        return requests.latest(planId);
    }

    public long supporters(long requestId) {
        return requests.supporters(requestId);
    }

    public boolean supports(long requestId, long accountId) {
        return requests.supports(requestId, accountId);
    }

    /** A new request can be filed when the entry has none that is still collecting or waiting for an answer. */
    public boolean mayFile(Optional<PlanRequest> latest) {
        Instant now = clock.instant();
        return latest.map(r -> r.status().answered() || r.expired(now)).orElse(true);
    }

    public boolean collecting(PlanRequest request) {
        return request.collecting(clock.instant());
    }

    public boolean expired(PlanRequest request) {
        return request.expired(clock.instant());
    }

    /** The person filing it is its first supporter. */
    @Transactional
    public Optional<Long> file(long planId, long accountId, String justification) {
        requests.lockPlan(planId);
        if (!mayFile(requests.latest(planId))) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant deadline = now.atZone(CITY).plus(period).toInstant();
        long id = requests.insert(planId, accountId, justification.strip(), now, deadline);
        requests.addSupport(id, accountId, now);
        checkThreshold(id, now);
        return Optional.of(id);
    }

    @Transactional
    public Outcome support(long requestId, long accountId) {
        Instant now = clock.instant();
        PlanRequest request = requests.find(requestId).orElseThrow();
        if (!request.collecting(now)) {
            return Outcome.CLOSED;
        }
        if (requests.supports(requestId, accountId)) {
            return Outcome.ALREADY;
        }
        requests.addSupport(requestId, accountId, now);
        checkThreshold(requestId, now);
        return Outcome.DONE;
    }

    /** Withdrawing after the threshold was reached does not release the city from answering. */
    @Transactional
    public Outcome withdraw(long requestId, long accountId) {
        PlanRequest request = requests.find(requestId).orElseThrow();
        if (!request.collecting(clock.instant())) {
            return Outcome.CLOSED;
        }
        return requests.removeSupport(requestId, accountId) ? Outcome.DONE : Outcome.ALREADY;
    }

    /** The answer reaches every supporter, the requester among them, in the app and by mail. */
    @Transactional
    public boolean answer(long requestId, boolean accepted, String text, long byAccount) {
        PlanRequest request = requests.find(requestId).orElseThrow();
        if (!requests.answer(requestId, accepted ? PlanRequest.Status.ACCEPTED : PlanRequest.Status.REFUSED,
                text.strip(), byAccount, clock.instant())) {
            return false;
        }
        Plan plan = plans.findById(request.planId()).orElseThrow();
        List<Long> supporters = requests.supporterIds(requestId);
        String key = accepted ? "notification.plan.request.accepted" : "notification.plan.request.refused";
        notifications.recordAll(supporters.stream()
                .map(id -> new Notifications.Message(id, key, plan.title(), link(plan))).toList());
        supporters.forEach(id -> mail(id, "plan.request.mail.answered", plan, text.strip()));
        return true;
    }

    private void checkThreshold(long requestId, Instant now) {
        if (requests.supporters(requestId) < threshold || !requests.markDue(requestId, now)) {
            return;
        }
        PlanRequest request = requests.find(requestId).orElseThrow();
        Plan plan = plans.findById(request.planId()).orElseThrow();
        List<Long> office = accounts.platformAdminIds();
        notifications.recordAll(office.stream()
                .map(id -> new Notifications.Message(id, "notification.plan.request.due", plan.title(), link(plan)))
                .toList());
        office.forEach(id -> mail(id, "plan.request.mail.due", plan, request.justification()));
    }

    /** In German: the mail goes to other people than the one acting, and accounts keep no language. */
    private void mail(long accountId, String key, Plan plan, String text) {
        Locale locale = Locale.GERMAN;
        notifications.mail(accountId,
                messages.getMessage(key + ".subject", new Object[] { settings.name(), plan.title() }, locale),
                messages.getMessage(key + ".body", new Object[] { settings.name(), plan.title(), text,
                    settings.baseUrl() + link(plan), threshold }, locale));
    }

    private static String link(Plan plan) {
        return plan.url() + "#anregung";
    }
}
