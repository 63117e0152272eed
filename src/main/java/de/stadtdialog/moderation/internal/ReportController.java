package de.stadtdialog.moderation.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.stadtdialog.moderation.ModeratedItem;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/**
 * "Melden": anyone may report a published item with a reason, once per person (or, for visitors
 * without an account, once per session, which starts when they open the form). Also the public
 * moderation log of a project.
 */
@Controller
class ReportController {

    private final ModerationService moderation;
    private final ModerationRepository repository;
    private final ProjectPermissions permissions;
    private final Projects projects;
    private final Organisations organisations;

    ReportController(ModerationService moderation, ModerationRepository repository, ProjectPermissions permissions,
            Projects projects, Organisations organisations) {
        this.organisations = organisations;
        this.moderation = moderation;
        this.repository = repository;
        this.permissions = permissions;
        this.projects = projects;
    }

    @GetMapping("/melden")
    String form(@RequestParam(name = "art", required = false) String kind,
            @RequestParam(name = "id", required = false) Long id, HttpServletRequest request, Model model) {
        ModerationService.Target target = reportable(kind, id);
        request.getSession(true);
        ReportForm form = new ReportForm();
        form.art = kind;
        form.id = id;
        return page(model, target, form, FormErrors.none());
    }

    @PostMapping("/melden")
    String send(@Validated @ModelAttribute("form") ReportForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, HttpServletRequest request, Model model) {
        ModerationService.Target target = reportable(form.art, form.id);
        if (!ReportCategory.known(form.grund)) {
            result.rejectValue("grund", "moderation.report.category.required");
        }
        if (result.hasErrors()) {
            return page(model, target, form, FormErrors.of(result, ui));
        }
        Actor actor = permissions.currentActor();
        String reporter = actor.loggedIn() ? "account:" + actor.accountId()
                : "session:" + request.getSession(true).getId();
        String text = form.text == null || form.text.isBlank() ? null : form.text.strip();
        ModerationService.Outcome outcome = moderation.report(target, reporter, form.grund, text);
        model.addAttribute("item", target.item());
        model.addAttribute("already", outcome == ModerationService.Outcome.ALREADY);
        return "moderation/report-sent";
    }

    @GetMapping("/projekte/{slug}/moderation")
    String log(@PathVariable String slug, Model model) {
        Project project = projects.findBySlug(slug)
                .filter(p -> permissions.decide(permissions.currentActor(), CoreAction.VIEW, p).allowed())
                .orElseThrow(NotFoundException::new);
        model.addAttribute("project", project);
        model.addAttribute("entries", repository.log(project.id()));
        model.addAttribute("netiquette", organisations.find(project.organisationId())
                .map(o -> "/organisationen/" + o.slug() + "/netiquette").orElse("/netiquette"));
        return "moderation/log";
    }

    private ModerationService.Target reportable(String kind, Long id) {
        if (id == null) {
            throw new NotFoundException();
        }
        return moderation.visible(permissions.currentActor(), kind, id)
                .filter(target -> target.item().state() == ModeratedItem.State.PUBLISHED)
                .orElseThrow(NotFoundException::new);
    }

    private String page(Model model, ModerationService.Target target, ReportForm form, FormErrors errors) {
        model.addAttribute("item", target.item());
        model.addAttribute("project", target.project());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", ReportCategory.ALL);
        return "moderation/report";
    }
}
