package de.stadtdialog.text.internal;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.moderation.ModerationLog;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/**
 * The back office of a text phase: initiators edit the next version, preview its numbering and
 * publish it, marking the comments that led to the change; moderators hide comments with a reason.
 */
@Controller
@RequestMapping("/verwaltung/phasen/{phaseId}/text")
class TextAdminController {

    private static final int MODERATION_LIST = 50;

    private final Projects projects;
    private final ProjectPermissions permissions;
    private final TextRepository texts;
    private final TextCommentRepository comments;
    private final TextService service;
    private final Accounts accounts;

    private final ModerationLog moderationLog;

    TextAdminController(Projects projects, ProjectPermissions permissions, TextRepository texts,
            TextCommentRepository comments, TextService service, Accounts accounts, ModerationLog moderationLog) {
        this.moderationLog = moderationLog;
        this.projects = projects;
        this.permissions = permissions;
        this.texts = texts;
        this.comments = comments;
        this.service = service;
        this.accounts = accounts;
    }

    @GetMapping
    String page(@PathVariable long phaseId, Model model) {
        TextAccess access = access(phaseId);
        DraftForm draft = new DraftForm();
        draft.bodyMd = texts.draft(phaseId).or(() -> texts.latest(phaseId).map(Version::bodyMd)).orElse("");
        return page(model, access, draft, FormErrors.none(), FormErrors.none(), null, FormErrors.none());
    }

    @PostMapping("/entwurf")
    String saveDraft(@PathVariable long phaseId, @Validated @ModelAttribute("draft") DraftForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        TextAccess access = manage(phaseId);
        if (result.hasErrors()) {
            return page(model, access, form, FormErrors.of(result, ui), FormErrors.none(), null, FormErrors.none());
        }
        service.saveDraft(phaseId, form.bodyMd);
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/phasen/" + phaseId + "/text#vorschau";
    }

    @PostMapping("/veroeffentlichen")
    String publish(@PathVariable long phaseId, @Validated @ModelAttribute("publish") PublishForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        TextAccess access = manage(phaseId);
        if (!result.hasErrors()) {
            for (ParagraphNumbering.Problem problem : service.publish(phaseId, access.actor().accountId(),
                    form.changeNote, form.ledToChange == null ? List.of() : form.ledToChange)) {
                result.addError(new FieldError("publish", "changeNote", null, false,
                        new String[] { problem.messageKey() }, new Object[] { problem.argument() }, problem.messageKey()));
            }
        }
        if (result.hasErrors()) {
            DraftForm draft = new DraftForm();
            draft.bodyMd = texts.draft(phaseId).orElse("");
            return page(model, access, draft, FormErrors.none(), FormErrors.of(result, ui), null, FormErrors.none());
        }
        redirect.addAttribute("veroeffentlicht", "");
        return "redirect:/verwaltung/phasen/" + phaseId + "/text";
    }

    @PostMapping("/kommentare/{commentId}/ausblenden")
    String hide(@PathVariable long phaseId, @PathVariable long commentId,
            @Validated @ModelAttribute("hide") HideForm form, BindingResult result, @ModelAttribute("ui") Ui ui,
            Model model, RedirectAttributes redirect) {
        TextAccess access = access(phaseId);
        if (result.hasErrors()) {
            DraftForm draft = new DraftForm();
            draft.bodyMd = texts.draft(phaseId).or(() -> texts.latest(phaseId).map(Version::bodyMd)).orElse("");
            return page(model, access, draft, FormErrors.none(), FormErrors.none(), commentId, FormErrors.of(result, ui));
        }
        service.hide(phaseId, commentId, form.reason);
        moderationLog.hidden(TextCommentModeration.KIND, commentId, form.reason.strip());
        redirect.addAttribute("ausgeblendet", "");
        return "redirect:/verwaltung/phasen/" + phaseId + "/text#moderation";
    }

    private String page(Model model, TextAccess access, DraftForm draft, FormErrors draftErrors, FormErrors publishErrors,
            Long hideId, FormErrors hideErrors) {
        long phaseId = access.phase().id();
        List<Version> versions = texts.versions(phaseId);
        List<Paragraph> current = versions.isEmpty() ? List.of()
                : texts.paragraphs(versions.get(versions.size() - 1).id());
        String saved = texts.draft(phaseId).orElse(null);
        List<TextComment> open = comments.open(phaseId);
        List<TextComment> latest = comments.latest(phaseId, MODERATION_LIST);
        model.addAttribute("access", access);
        model.addAttribute("project", access.project());
        model.addAttribute("phase", access.phase());
        model.addAttribute("versions", versions);
        model.addAttribute("draft", draft);
        model.addAttribute("draftErrors", draftErrors);
        model.addAttribute("publishErrors", publishErrors);
        model.addAttribute("preview", saved == null ? null : new Preview(service.preview(phaseId, saved), current));
        model.addAttribute("open", open);
        model.addAttribute("latest", latest);
        model.addAttribute("names", accounts.displayNames(Stream.concat(open.stream(), latest.stream())
                .map(TextComment::authorId).toList()));
        model.addAttribute("hideId", hideId);
        model.addAttribute("hideErrors", hideErrors);
        return "text/admin";
    }

    private TextAccess manage(long phaseId) {
        TextAccess access = access(phaseId);
        permissions.decide(access.actor(), access.project(), access.phase(), TextFormat.MANAGE).orForbid();
        return access;
    }

    private TextAccess access(long phaseId) {
        Phase phase = projects.findPhase(phaseId).filter(p -> TextFormat.KEY.equals(p.formatKey()))
                .orElseThrow(NotFoundException::new);
        Project project = projects.find(phase.projectId()).orElseThrow(NotFoundException::new);
        Actor actor = permissions.currentActor();
        if (permissions.decide(actor, CoreAction.VIEW, project).denied()) {
            throw new NotFoundException();
        }
        permissions.decide(actor, CoreAction.MODERATE, project).orForbid();
        return new TextAccess(project, phase, actor,
                permissions.decide(actor, project, phase, TextFormat.MANAGE).allowed());
    }
}
