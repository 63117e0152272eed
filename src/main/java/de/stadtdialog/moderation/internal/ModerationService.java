package de.stadtdialog.moderation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.moderation.ModeratedContent;
import de.stadtdialog.moderation.ModeratedItem;
import de.stadtdialog.notification.Notifications;
import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.audit.AuditLog;
import de.stadtdialog.shared.web.NotFoundException;

/**
 * Every write of moderation, one transaction each: reports and the hiding they trigger, the
 * moderators' decisions, remarks, rules and blocks. Each decision is written to the project's
 * public log (hiding and restoring) and to the audit log (everything).
 */
@Service
public class ModerationService {

    /** What the placeholder says while reported content waits for a moderator. */
    static final String AUTO_HIDE_REASON = "Mehrfach gemeldet, wird von der Moderation geprüft";

    private final Map<String, ModeratedContent> contents;
    private final ModerationRepository repository;
    private final Projects projects;
    private final ProjectPermissions permissions;
    private final Organisations organisations;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final int autoHideReports;

    ModerationService(List<ModeratedContent> contents, ModerationRepository repository, Projects projects,
            ProjectPermissions permissions, Organisations organisations, Notifications notifications, AuditLog audit,
            Clock clock, @Value("${stadtdialog.moderation.auto-hide-reports:3}") int autoHideReports) {
        this.contents = contents.stream().collect(Collectors.toMap(ModeratedContent::kind, Function.identity()));
        this.repository = repository;
        this.projects = projects;
        this.permissions = permissions;
        this.organisations = organisations;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.autoHideReports = autoHideReports;
    }

    /** An item with what was loaded to find it. */
    public record Target(ModeratedContent content, ModeratedItem item, Project project) {
    }

    public enum Outcome {
        DONE, ALREADY
    }

    public List<String> kinds() {
        return contents.keySet().stream().sorted().toList();
    }

    /** The item as its format describes it, without asking who looks. */
    public Optional<ModeratedItem> item(String kind, long id) {
        ModeratedContent content = contents.get(kind);
        return content == null ? Optional.empty() : content.find(id);
    }

    /** The item, if it exists and its project may be seen by the actor. */
    Optional<Target> visible(Actor actor, String kind, long id) {
        ModeratedContent content = kind == null ? null : contents.get(kind);
        if (content == null) {
            return Optional.empty();
        }
        return content.find(id).flatMap(item -> projects.find(item.projectId())
                .filter(project -> permissions.decide(actor, CoreAction.VIEW, project).allowed())
                .map(project -> new Target(content, item, project)));
    }

    /** The item, or the 404 page unless the actor moderates its project. */
    Target moderated(Actor actor, String kind, long id) {
        return visible(actor, kind, id)
                .filter(target -> permissions.decide(actor, CoreAction.MODERATE, target.project()).allowed())
                .orElseThrow(NotFoundException::new);
    }

    /** Items for "kind:id" keys; the 404 page if any of them is not the actor's to moderate. */
    List<Target> moderated(Actor actor, List<String> keys) {
        List<Target> targets = new ArrayList<>();
        for (String key : keys) {
            int colon = key.indexOf(':');
            long id;
            try {
                id = Long.parseLong(key.substring(colon + 1));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new NotFoundException();
            }
            targets.add(moderated(actor, colon < 0 ? null : key.substring(0, colon), id));
        }
        return targets;
    }

    /**
     * Records one person's report; from the configured number of open reports on, the item is
     * hidden until a moderator decides and stands at the top of the queue.
     *
     * @param reporter "account:<id>" or "session:<id>", so each person reports an item once
     */
    @Transactional
    public Outcome report(Target target, String reporter, String category, String body) {
        ModeratedItem item = target.item();
        Instant now = clock.instant();
        ModerationCase moderationCase = repository.lockCase(item.kind(), item.id(), item.projectId(),
                target.project().organisationId(), now);
        if (!repository.addReport(moderationCase.id(), reporter, category, body, now)) {
            return Outcome.ALREADY;
        }
        int open = repository.openReports(moderationCase.id());
        repository.reported(moderationCase.id(), open, now);
        if (open >= autoHideReports && item.state() == ModeratedItem.State.PUBLISHED) {
            target.content().hide(item.id(), AUTO_HIDE_REASON);
            repository.autoHidden(moderationCase.id(), AUTO_HIDE_REASON);
            repository.log(item.projectId(), item.kind(), "auto-hidden", null, now);
        }
        return Outcome.DONE;
    }

    /** Hides the items with the rule named; their authors are told which rule and where to read it. */
    @Transactional
    public void hide(List<Target> targets, Rule rule) {
        Instant now = clock.instant();
        for (Target target : targets) {
            ModeratedItem item = target.item();
            target.content().hide(item.id(), rule.title());
            decided(target, true, rule.title(), now);
            repository.log(item.projectId(), item.kind(), "hidden", rule.title(), now);
            audit.record("moderation.hide", item.kind(), item.id(), Map.of("state", item.state().name()),
                    Map.of("state", "HIDDEN", "rule", rule.title()));
            if (item.authorId() != null) {
                String slug = organisations.find(target.project().organisationId()).map(Organisation::slug)
                        .orElse(null);
                notifications.notify(item.authorId(), "notification.moderation.hidden", rule.title(),
                        slug == null ? "/netiquette" : "/organisationen/" + slug + "/netiquette");
            }
        }
    }

    @Transactional
    public void restore(List<Target> targets) {
        Instant now = clock.instant();
        for (Target target : targets) {
            ModeratedItem item = target.item();
            if (item.state() != ModeratedItem.State.HIDDEN) {
                decided(target, false, null, now);
                continue;
            }
            target.content().restore(item.id());
            decided(target, false, null, now);
            repository.log(item.projectId(), item.kind(), "restored", null, now);
            audit.record("moderation.restore", item.kind(), item.id(), Map.of("state", "HIDDEN"),
                    Map.of("state", "PUBLISHED"));
        }
    }

    /** Releases items waiting for pre-moderation (and restores hidden ones, which is the same decision). */
    @Transactional
    public void approve(List<Target> targets) {
        Instant now = clock.instant();
        for (Target target : targets) {
            ModeratedItem item = target.item();
            if (item.state() == ModeratedItem.State.HIDDEN) {
                restore(List.of(target));
                continue;
            }
            target.content().approve(item.id());
            repository.findCase(item.kind(), item.id()).ifPresent(c -> repository.decided(c.id(), false, null, now));
            audit.record("moderation.approve", item.kind(), item.id(), Map.of("state", item.state().name()),
                    Map.of("state", "PUBLISHED"));
        }
    }

    /** The reports were looked at and nothing needs to change. */
    @Transactional
    public void markReviewed(List<Target> targets) {
        Instant now = clock.instant();
        for (Target target : targets) {
            ModeratedItem item = target.item();
            repository.findCase(item.kind(), item.id()).ifPresent(c -> {
                repository.decided(c.id(), c.hidden(), c.ruleTitle(), now);
                audit.record("moderation.reviewed", item.kind(), item.id(), Map.of("state", c.state()),
                        Map.of("state", "REVIEWED"));
            });
        }
    }

    @Transactional
    public void highlight(Target target, boolean highlighted) {
        ModeratedItem item = target.item();
        if (!item.highlightable()) {
            throw new NotFoundException();
        }
        target.content().highlight(item.id(), highlighted);
        audit.record("moderation.highlight", item.kind(), item.id(), Map.of("highlighted", item.highlighted()),
                Map.of("highlighted", highlighted));
    }

    @Transactional
    public void remark(Target target, long authorId, String body) {
        ModeratedItem item = target.item();
        ModerationCase moderationCase = repository.lockCase(item.kind(), item.id(), item.projectId(),
                target.project().organisationId(), clock.instant());
        repository.addRemark(moderationCase.id(), authorId, body.strip(), clock.instant());
        audit.record("moderation.remark", item.kind(), item.id(), null, body.strip());
    }

    /** Blocks the item's author for some days; they are told why and until when. */
    @Transactional
    public void block(Target target, long moderatorId, int days, String justification) {
        Long authorId = target.item().authorId();
        if (authorId == null) {
            throw new NotFoundException();
        }
        Instant now = clock.instant();
        Instant until = now.plus(Duration.ofDays(days));
        repository.block(authorId, until, justification.strip(), moderatorId, now);
        var block = new de.stadtdialog.permission.Block(until, justification.strip());
        notifications.notify(authorId, "notification.moderation.blocked",
                block.untilText() + ": " + justification.strip(), "/konto");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("until", until.toString());
        after.put("justification", justification.strip());
        audit.record("moderation.block", "account", authorId, null, after);
    }

    @Transactional
    public void addRule(long organisationId, String title) {
        repository.addRule(organisationId, title.strip());
        audit.record("moderation.rule.add", "organisation", organisationId, null, title.strip());
    }

    @Transactional
    public void deleteRule(long organisationId, long ruleId) {
        if (repository.deleteRule(organisationId, ruleId) == 0) {
            throw new NotFoundException();
        }
        audit.record("moderation.rule.delete", "organisation", organisationId, String.valueOf(ruleId), null);
    }

    /** A format's own page hid the item. */
    @Transactional
    public void recordHidden(String kind, long itemId, String reason) {
        item(kind, itemId).ifPresent(item -> {
            Instant now = clock.instant();
            repository.findCase(kind, itemId).ifPresent(c -> repository.decided(c.id(), true, reason, now));
            repository.log(item.projectId(), kind, "hidden", reason, now);
            audit.record("moderation.hide", kind, itemId, null, Map.of("state", "HIDDEN", "reason", reason));
        });
    }

    /** A format's own page is about to release or restore the item. */
    @Transactional
    public void recordReleased(String kind, long itemId) {
        item(kind, itemId).ifPresent(item -> {
            Instant now = clock.instant();
            repository.findCase(kind, itemId).ifPresent(c -> repository.decided(c.id(), false, null, now));
            if (item.state() == ModeratedItem.State.HIDDEN) {
                repository.log(item.projectId(), kind, "restored", null, now);
            }
            audit.record(item.state() == ModeratedItem.State.HIDDEN ? "moderation.restore" : "moderation.approve",
                    kind, itemId, Map.of("state", item.state().name()), Map.of("state", "PUBLISHED"));
        });
    }

    /** A format's own page refused a waiting item. */
    @Transactional
    public void recordRefused(String kind, long itemId) {
        audit.record("moderation.refuse", kind, itemId, Map.of("state", "PENDING"), Map.of("state", "REJECTED"));
    }

    private void decided(Target target, boolean hidden, String ruleTitle, Instant now) {
        ModeratedItem item = target.item();
        ModerationCase moderationCase = repository.lockCase(item.kind(), item.id(), item.projectId(),
                target.project().organisationId(), now);
        repository.decided(moderationCase.id(), hidden, ruleTitle, now);
    }
}
