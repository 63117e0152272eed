package de.stadtdialog.moderation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.moderation.ModeratedContent;
import de.stadtdialog.moderation.ModeratedItem;
import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.Decision;
import de.stadtdialog.permission.PermissionEvaluator;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.ForbiddenException;
import de.stadtdialog.shared.web.NotFoundException;

/**
 * The moderation queue of an organisation, for its members and the administrators: reported and
 * waiting items with filters and bulk actions, one item with its reports, internal remarks, the
 * city's mark and blocking its author, and the organisation's netiquette rules.
 */
@Controller
@RequestMapping("/verwaltung/moderation")
class ModerationAdminController {

    private static final int PAGE_SIZE = 50;

    private final ModerationService moderation;
    private final ModerationRepository repository;
    private final List<ModeratedContent> contents;
    private final ProjectPermissions permissions;
    private final PermissionEvaluator evaluator;
    private final Organisations organisations;
    private final Projects projects;
    private final Accounts accounts;

    ModerationAdminController(ModerationService moderation, ModerationRepository repository,
            List<ModeratedContent> contents, ProjectPermissions permissions, PermissionEvaluator evaluator,
            Organisations organisations, Projects projects, Accounts accounts) {
        this.moderation = moderation;
        this.repository = repository;
        this.contents = contents;
        this.permissions = permissions;
        this.evaluator = evaluator;
        this.organisations = organisations;
        this.projects = projects;
        this.accounts = accounts;
    }

    /** The organisations whose content the person moderates: all for administrators, else their own. */
    private List<Organisation> moderatedBy(Actor actor) {
        List<Organisation> all = organisations.all();
        List<Organisation> mine = actor.platformAdmin() ? all
                : all.stream().filter(o -> actor.isStaffOf(o.id())).toList();
        if (mine.isEmpty()) {
            throw new ForbiddenException(Decision.deny("permission.role-missing").reason());
        }
        return mine;
    }

    private Organisation chosen(List<Organisation> mine, Long organisationId) {
        if (organisationId == null) {
            return mine.get(0);
        }
        return mine.stream().filter(o -> o.id() == organisationId).findFirst().orElseThrow(NotFoundException::new);
    }

    @GetMapping
    String queue(@RequestParam Map<String, String> params, Model model) {
        Actor actor = permissions.currentActor();
        List<Organisation> mine = moderatedBy(actor);
        Organisation organisation = chosen(mine, number(params.get("organisation")));
        QueueFilter filter = QueueFilter.of(params.get("status"), params.get("art"), params.get("projekt"),
                params.get("grund"));
        int page = Math.max(0, Optional.ofNullable(number(params.get("seite"))).orElse(1L).intValue() - 1);
        List<ModerationCase> cases = repository.queue(List.of(organisation.id()), filter, page, PAGE_SIZE);
        boolean more = cases.size() > PAGE_SIZE;
        List<QueueRow> rows = new ArrayList<>();
        // the page asks for reports, open cases and project titles once, not once per row
        Map<Long, String> titles = new HashMap<>();
        Function<ModeratedItem, String> title = item -> titles.computeIfAbsent(item.projectId(),
                id -> projects.find(id).map(Project::title).orElse(""));
        if ("offen".equals(filter.status()) && page == 0 && filter.category() == null) {
            Set<String> open = repository.openCaseKeys(organisation.id());
            for (ModeratedContent content : contents) {
                if (filter.kind() == null || filter.kind().equals(content.kind())) {
                    content.pending(organisation.id()).stream()
                            .filter(item -> filter.projectId() == null || filter.projectId() == item.projectId())
                            .filter(item -> !open.contains(item.kind() + ":" + item.id()))
                            .forEach(item -> rows.add(new QueueRow(item, null, List.of(), title.apply(item))));
                }
            }
        }
        List<ModerationCase> shown = cases.subList(0, Math.min(cases.size(), PAGE_SIZE));
        Map<Long, List<Report>> reports = repository.reportsOf(shown.stream().map(ModerationCase::id).toList());
        for (ModerationCase c : shown) {
            moderation.item(c.kind(), c.itemId()).ifPresent(item -> rows.add(new QueueRow(item, c,
                    reports.getOrDefault(c.id(), List.of()), title.apply(item))));
        }
        model.addAttribute("organisations", mine);
        model.addAttribute("organisation", organisation);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows);
        model.addAttribute("page", page + 1);
        model.addAttribute("more", more);
        model.addAttribute("kinds", moderation.kinds());
        model.addAttribute("categories", ReportCategory.ALL);
        model.addAttribute("projects", repository.projectsWithCases(List.of(organisation.id())).stream()
                .flatMap(id -> projects.find(id).stream()).toList());
        model.addAttribute("rules", repository.rules(organisation.id()));
        model.addAttribute("canManageRules", evaluator.editFor(actor, organisation.id()).allowed());
        return "moderation/queue";
    }

    /**
     * One action on the items ticked: approve, hide with a rule, restore or mark as reviewed. Every
     * item must be the person's to moderate, else nothing happens.
     */
    @PostMapping("/aktion")
    String act(@RequestParam(name = "eintraege", required = false) List<String> keys,
            @RequestParam(name = "aktion", defaultValue = "") String action,
            @RequestParam(name = "regel", required = false) Long ruleId,
            @RequestParam(name = "zurueck", required = false) String back, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Actor actor = permissions.currentActor();
        moderatedBy(actor);
        List<ModerationService.Target> targets = keys == null ? List.of() : moderation.moderated(actor, keys);
        String error = null;
        if (targets.isEmpty()) {
            error = "keine-auswahl";
        } else {
            switch (action) {
                case "freigeben" -> moderation.approve(targets);
                case "wiederherstellen" -> moderation.restore(targets);
                case "geprueft" -> moderation.markReviewed(targets);
                case "ausblenden" -> {
                    Optional<Rule> rule = rule(targets, ruleId);
                    if (rule.isEmpty()) {
                        error = "keine-regel";
                    } else {
                        moderation.hide(targets, rule.get());
                    }
                }
                default -> error = "keine-aktion";
            }
        }
        if (error != null) {
            redirect.addAttribute("fehler", error);
        } else {
            redirect.addAttribute("erledigt", targets.size());
        }
        if ("eintrag".equals(back) && targets.size() == 1) {
            ModeratedItem item = targets.get(0).item();
            return "redirect:/verwaltung/moderation/eintrag/" + item.kind() + "/" + item.id();
        }
        for (String name : List.of("organisation", "status", "art", "projekt", "grund")) {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                redirect.addAttribute(name, value);
            }
        }
        return "redirect:/verwaltung/moderation";
    }

    /** The rule, if it is one of the rules of every chosen item's organisation. */
    private Optional<Rule> rule(List<ModerationService.Target> targets, Long ruleId) {
        if (ruleId == null) {
            return Optional.empty();
        }
        Optional<Rule> rule = Optional.empty();
        for (ModerationService.Target target : targets) {
            rule = repository.rules(target.project().organisationId()).stream().filter(r -> r.id() == ruleId)
                    .findFirst();
            if (rule.isEmpty()) {
                return rule;
            }
        }
        return rule;
    }

    @GetMapping("/eintrag/{kind}/{id}")
    String item(@PathVariable String kind, @PathVariable long id, Model model) {
        Actor actor = permissions.currentActor();
        ModerationService.Target target = moderation.moderated(actor, kind, id);
        Optional<ModerationCase> moderationCase = repository.findCase(kind, id);
        List<Remark> remarks = moderationCase.map(c -> repository.remarks(c.id())).orElse(List.of());
        model.addAttribute("item", target.item());
        model.addAttribute("project", target.project());
        model.addAttribute("moderationCase", moderationCase.orElse(null));
        model.addAttribute("reports", moderationCase.map(c -> repository.reports(c.id())).orElse(List.of()));
        model.addAttribute("remarks", remarks);
        model.addAttribute("names", accounts.displayNames(remarks.stream().map(Remark::authorId)
                .filter(Objects::nonNull).toList()));
        model.addAttribute("author", target.item().authorId() == null ? null
                : accounts.displayName(target.item().authorId()));
        model.addAttribute("rules", repository.rules(target.project().organisationId()));
        return "moderation/item";
    }

    @PostMapping("/eintrag/{kind}/{id}/notiz")
    String remark(@PathVariable String kind, @PathVariable long id, @RequestParam(name = "notiz", defaultValue = "") String body,
            RedirectAttributes redirect) {
        Actor actor = permissions.currentActor();
        ModerationService.Target target = moderation.moderated(actor, kind, id);
        if (body.isBlank() || body.length() > 2000) {
            redirect.addAttribute("fehler", "notiz");
        } else {
            moderation.remark(target, actor.accountId(), body);
            redirect.addAttribute("gespeichert", "");
        }
        return "redirect:/verwaltung/moderation/eintrag/" + kind + "/" + id + "#notizen";
    }

    @PostMapping("/eintrag/{kind}/{id}/hervorheben")
    String highlight(@PathVariable String kind, @PathVariable long id,
            @RequestParam(name = "an", defaultValue = "false") boolean on, RedirectAttributes redirect) {
        moderation.highlight(moderation.moderated(permissions.currentActor(), kind, id), on);
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/moderation/eintrag/" + kind + "/" + id;
    }

    @PostMapping("/eintrag/{kind}/{id}/sperren")
    String block(@PathVariable String kind, @PathVariable long id,
            @RequestParam(name = "tage", defaultValue = "") String days,
            @RequestParam(name = "begruendung", defaultValue = "") String justification, RedirectAttributes redirect) {
        Actor actor = permissions.currentActor();
        ModerationService.Target target = moderation.moderated(actor, kind, id);
        Long count = number(days);
        if (target.item().authorId() == null) {
            throw new NotFoundException();
        }
        if (count == null || count < 1 || count > 365 || justification.isBlank() || justification.length() > 1000) {
            redirect.addAttribute("fehler", "sperre");
        } else {
            moderation.block(target, actor.accountId(), count.intValue(), justification);
            redirect.addAttribute("gesperrt", "");
        }
        return "redirect:/verwaltung/moderation/eintrag/" + kind + "/" + id;
    }

    @PostMapping("/regeln")
    String addRule(@RequestParam("organisation") long organisationId,
            @RequestParam(name = "titel", defaultValue = "") String title, RedirectAttributes redirect) {
        requireRules(organisationId);
        if (title.isBlank() || title.length() > 300) {
            redirect.addAttribute("fehler", "regel");
        } else {
            moderation.addRule(organisationId, title);
        }
        redirect.addAttribute("organisation", organisationId);
        return "redirect:/verwaltung/moderation#regeln";
    }

    @PostMapping("/regeln/{ruleId}/loeschen")
    String deleteRule(@PathVariable long ruleId, @RequestParam("organisation") long organisationId,
            RedirectAttributes redirect) {
        requireRules(organisationId);
        moderation.deleteRule(organisationId, ruleId);
        redirect.addAttribute("organisation", organisationId);
        return "redirect:/verwaltung/moderation#regeln";
    }

    /** An organisation's rules belong to its initiators (and the administrators). */
    private void requireRules(long organisationId) {
        Actor actor = permissions.currentActor();
        chosen(moderatedBy(actor), organisationId);
        evaluator.editFor(actor, organisationId).orForbid();
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
