package de.stadtdialog.idea.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.idea.internal.IdeaSettings.Place;
import de.stadtdialog.moderation.ModerationLog;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.markdown.Markdown;
import de.stadtdialog.shared.web.ForbiddenException;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/**
 * The back office of an idea collection: settings, categories and statuses; the list of ideas to
 * moderate and answer, with bulk status changes; the answer to one idea.
 */
@Controller
@RequestMapping("/verwaltung/phasen/{phaseId}/ideen")
class IdeaAdminController {

    private final ProjectPermissions permissions;
    private final Projects projects;
    private final IdeaSetup setup;
    private final IdeaRepository ideas;
    private final CommentRepository comments;
    private final IdeaService service;
    private final IdeaViews views;
    private final IdeaContexts contexts;
    private final Markdown markdown;
    private final ModerationLog moderationLog;

    IdeaAdminController(ProjectPermissions permissions, Projects projects, IdeaSetup setup, IdeaRepository ideas,
            CommentRepository comments, IdeaService service, IdeaViews views, IdeaContexts contexts,
            Markdown markdown, ModerationLog moderationLog) {
        this.moderationLog = moderationLog;
        this.permissions = permissions;
        this.projects = projects;
        this.setup = setup;
        this.ideas = ideas;
        this.comments = comments;
        this.service = service;
        this.views = views;
        this.contexts = contexts;
        this.markdown = markdown;
    }

    private record Access(Project project, Phase phase) {
        String base() {
            return "/verwaltung/phasen/" + phase.id() + "/ideen";
        }
    }

    /** Settings and answers belong to the project's initiators. */
    private Access manage(long phaseId) {
        var access = permissions.require(phaseId, IdeaFormat.MANAGE);
        setup.ensure(access.project().id());
        return new Access(access.project(), access.phase());
    }

    /** Moderators may also release or refuse waiting ideas and comments. */
    private Access moderate(long phaseId) {
        Phase phase = projects.findPhase(phaseId).filter(p -> IdeaFormat.KEY.equals(p.formatKey()))
                .orElseThrow(NotFoundException::new);
        Project project = projects.find(phase.projectId()).orElseThrow(NotFoundException::new);
        var actor = permissions.currentActor();
        if (permissions.decide(actor, CoreAction.MODERATE, project).denied()) {
            if (permissions.decide(actor, CoreAction.VIEW, project).denied()) {
                throw new NotFoundException();
            }
            throw new ForbiddenException(permissions.decide(actor, CoreAction.MODERATE, project).reason());
        }
        setup.ensure(project.id());
        return new Access(project, phase);
    }

    // --- Settings, categories, statuses ---

    @GetMapping
    String settings(@PathVariable long phaseId, Model model) {
        Access access = manage(phaseId);
        IdeaSettings settings = ideas.settings(access.project().id()).orElseThrow();
        return settingsPage(model, access, SettingsForm.of(settings), FormErrors.none());
    }

    @PostMapping("/einstellungen")
    @Transactional
    String saveSettings(@PathVariable long phaseId, @Validated @ModelAttribute("form") SettingsForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Access access = manage(phaseId);
        List<Place> places = places(form.places, result);
        if (result.hasErrors()) {
            return settingsPage(model, access, form, FormErrors.of(result, ui));
        }
        ideas.updateSettings(new IdeaSettings(access.project().id(), form.showMap, form.locationMode,
                form.imagesAllowed, form.maxLength, form.ratingMode, form.premoderation, form.editMinutes,
                form.voteLimit, places, 0));
        redirect.addAttribute("gespeichert", "");
        return "redirect:" + access.base();
    }

    /** Reads "Name; Breitengrad; Längengrad" lines; a broken line is reported with its number. */
    static List<Place> places(String text, BindingResult result) {
        List<Place> places = new ArrayList<>();
        if (text == null) {
            return places;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(";");
            Double lat = parts.length == 3 ? IdeaService.coordinate(parts[1], 90) : null;
            Double lon = parts.length == 3 ? IdeaService.coordinate(parts[2], 180) : null;
            if (parts.length != 3 || parts[0].isBlank() || lat == null || lon == null) {
                if (!result.hasFieldErrors("places")) {
                    result.rejectValue("places", "idea.places.invalid", new Object[] { i + 1 }, null);
                }
                continue;
            }
            places.add(new Place(parts[0].strip(), lat, lon));
        }
        return places;
    }

    @PostMapping("/kategorien")
    @Transactional
    String addCategory(@PathVariable long phaseId, @Validated @ModelAttribute("term") TermForm term,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Access access = manage(phaseId);
        if (!Category.ICONS.contains(term.icon)) {
            term.icon = "punkt";
        }
        if (result.hasErrors()) {
            model.addAttribute("categoryErrors", FormErrors.of(result, ui));
            model.addAttribute("categoryForm", term);
            IdeaSettings settings = ideas.settings(access.project().id()).orElseThrow();
            return settingsPage(model, access, SettingsForm.of(settings), FormErrors.none());
        }
        ideas.insertCategory(access.project().id(), term.name.strip(), term.colour.toLowerCase(), term.icon);
        ideas.touch(access.project().id());
        redirect.addAttribute("gespeichert", "");
        return "redirect:" + access.base() + "#kategorien";
    }

    @PostMapping("/kategorien/{categoryId}/loeschen")
    @Transactional
    String deleteCategory(@PathVariable long phaseId, @PathVariable long categoryId, RedirectAttributes redirect) {
        Access access = manage(phaseId);
        ideas.categories(access.project().id()).stream().filter(c -> c.id() == categoryId).findFirst()
                .orElseThrow(NotFoundException::new);
        ideas.deleteCategory(categoryId);
        ideas.touch(access.project().id());
        redirect.addAttribute("gespeichert", "");
        return "redirect:" + access.base() + "#kategorien";
    }

    @PostMapping("/status")
    @Transactional
    String addStatus(@PathVariable long phaseId, @Validated @ModelAttribute("term") TermForm term,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Access access = manage(phaseId);
        if (result.hasErrors()) {
            model.addAttribute("statusErrors", FormErrors.of(result, ui));
            model.addAttribute("statusForm", term);
            IdeaSettings settings = ideas.settings(access.project().id()).orElseThrow();
            return settingsPage(model, access, SettingsForm.of(settings), FormErrors.none());
        }
        ideas.insertStatus(access.project().id(), term.name.strip(), term.colour.toLowerCase(),
                term.meaning == null ? IdeaStatus.Meaning.CHECKING : term.meaning);
        redirect.addAttribute("gespeichert", "");
        return "redirect:" + access.base() + "#status";
    }

    @PostMapping("/status/{statusId}/loeschen")
    @Transactional
    String deleteStatus(@PathVariable long phaseId, @PathVariable long statusId, RedirectAttributes redirect) {
        Access access = manage(phaseId);
        ideas.statuses(access.project().id()).stream().filter(s -> s.id() == statusId).findFirst()
                .orElseThrow(NotFoundException::new);
        ideas.deleteStatus(statusId);
        redirect.addAttribute("gespeichert", "");
        return "redirect:" + access.base() + "#status";
    }

    private String settingsPage(Model model, Access access, SettingsForm form, FormErrors errors) {
        long projectId = access.project().id();
        model.addAttribute("project", access.project());
        model.addAttribute("phase", access.phase());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", ideas.categories(projectId));
        model.addAttribute("statuses", ideas.statuses(projectId));
        model.addAttribute("icons", Category.ICONS);
        model.addAttribute("totals", ideas.totals(projectId));
        model.addAttribute("days", ideas.perDay(projectId, permissions.today().minusYears(1)
                .atStartOfDay(java.time.ZoneId.of("Europe/Berlin")).toInstant()));
        if (!model.containsAttribute("categoryForm")) {
            model.addAttribute("categoryForm", new TermForm());
            model.addAttribute("categoryErrors", FormErrors.none());
        }
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", new TermForm());
            model.addAttribute("statusErrors", FormErrors.none());
        }
        return "idea/setup";
    }

    // --- Moderation and answers ---

    @GetMapping("/liste")
    String list(@PathVariable long phaseId, @RequestParam Map<String, String> params, Model model) {
        Access access = moderate(phaseId);
        long projectId = access.project().id();
        IdeaQuery query = IdeaQuery.of(params.get("kategorie"), params.get("status"), params.get("suche"), null,
                null, params.get("seite"));
        IdeaContext context = contexts.forProject(access.project());
        IdeaViews.Lookups lookups = views.lookups(projectId);
        model.addAttribute("project", access.project());
        model.addAttribute("phase", access.phase());
        model.addAttribute("context", context);
        model.addAttribute("query", query);
        model.addAttribute("categories", lookups.categories());
        model.addAttribute("statuses", lookups.statuses());
        model.addAttribute("cards", views.cards(context, lookups, ideas.listForStaff(projectId, query, 50)));
        model.addAttribute("total", ideas.countForStaff(projectId, query));
        model.addAttribute("pendingComments", comments.pending(projectId));
        return "idea/admin-list";
    }

    /** Sets one status on the ideas ticked, or on every idea the list's filters match. */
    @PostMapping("/liste/status")
    String bulkStatus(@PathVariable long phaseId, @RequestParam(name = "ideen", required = false) List<Long> ids,
            @RequestParam(name = "alle", defaultValue = "false") boolean all,
            @RequestParam(name = "neuerStatus", required = false) Long statusId,
            @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Access access = manage(phaseId);
        long projectId = access.project().id();
        IdeaQuery query = IdeaQuery.of(params.get("kategorie"), params.get("status"), params.get("suche"), null,
                null, null);
        boolean validStatus = statusId != null
                && ideas.statuses(projectId).stream().anyMatch(s -> s.id() == statusId);
        List<Long> chosen = all ? ideas.idsForStaff(projectId, query) : ids == null ? List.of() : ids;
        if (!validStatus || chosen.isEmpty()) {
            redirect.addAttribute("fehler", validStatus ? "keine-ideen" : "kein-status");
        } else {
            redirect.addAttribute("geaendert", service.setStatus(projectId, chosen, statusId));
        }
        if (query.categoryId() != null) {
            redirect.addAttribute("kategorie", query.categoryId());
        }
        if (query.statusId() != null) {
            redirect.addAttribute("status", query.statusId());
        }
        if (!query.text().isEmpty()) {
            redirect.addAttribute("suche", query.text());
        }
        return "redirect:" + access.base() + "/liste";
    }

    @GetMapping("/{ideaId}")
    String answer(@PathVariable long phaseId, @PathVariable long ideaId, Model model) {
        Access access = moderate(phaseId);
        Idea idea = ideaOf(access, ideaId);
        AnswerForm form = new AnswerForm();
        form.statusId = idea.statusId();
        form.responseMd = idea.responseMd() == null ? "" : idea.responseMd();
        form.admitted = idea.admitted();
        return answerPage(model, access, idea, form, FormErrors.none());
    }

    @PostMapping("/{ideaId}")
    String saveAnswer(@PathVariable long phaseId, @PathVariable long ideaId,
            @Validated @ModelAttribute("form") AnswerForm form, BindingResult result, @ModelAttribute("ui") Ui ui,
            Model model, RedirectAttributes redirect) {
        Access access = manage(phaseId);
        Idea idea = ideaOf(access, ideaId);
        if (form.statusId != null
                && ideas.statuses(access.project().id()).stream().noneMatch(s -> s.id() == form.statusId)) {
            result.rejectValue("statusId", "idea.status.unknown");
        }
        if (result.hasErrors()) {
            return answerPage(model, access, idea, form, FormErrors.of(result, ui));
        }
        service.respond(idea, form.statusId, form.responseMd);
        if (form.admitted != idea.admitted()) {
            service.admit(idea, form.admitted);
        }
        redirect.addAttribute("gespeichert", "");
        return "redirect:" + access.base() + "/" + ideaId;
    }

    @PostMapping("/{ideaId}/freigabe")
    String releaseIdea(@PathVariable long phaseId, @PathVariable long ideaId,
            @RequestParam("freigeben") boolean approve, RedirectAttributes redirect) {
        Access access = moderate(phaseId);
        Idea idea = ideaOf(access, ideaId);
        if (idea.visibility() == Idea.Visibility.PENDING) {
            record(IdeaModeration.KIND, ideaId, approve, () -> service.moderateIdea(idea, approve));
        }
        redirect.addAttribute(approve ? "freigegeben" : "abgelehnt", "");
        return "redirect:" + access.base() + "/liste";
    }

    @PostMapping("/kommentare/{commentId}/freigabe")
    String releaseComment(@PathVariable long phaseId, @PathVariable long commentId,
            @RequestParam("freigeben") boolean approve, RedirectAttributes redirect) {
        Access access = moderate(phaseId);
        Comment comment = comments.find(commentId).orElseThrow(NotFoundException::new);
        ideaOf(access, comment.ideaId());
        if (comment.visibility() == Idea.Visibility.PENDING) {
            record(IdeaCommentModeration.KIND, commentId, approve, () -> service.moderateComment(comment, approve));
        }
        redirect.addAttribute(approve ? "freigegeben" : "abgelehnt", "");
        return "redirect:" + access.base() + "/liste";
    }

    private void record(String kind, long id, boolean approve, Runnable decision) {
        if (approve) {
            moderationLog.released(kind, id);
        }
        decision.run();
        if (!approve) {
            moderationLog.refused(kind, id);
        }
    }

    private Idea ideaOf(Access access, long ideaId) {
        return ideas.find(ideaId).filter(i -> i.projectId() == access.project().id())
                .orElseThrow(NotFoundException::new);
    }

    private String answerPage(Model model, Access access, Idea idea, AnswerForm form, FormErrors errors) {
        IdeaContext context = contexts.forProject(access.project());
        model.addAttribute("project", access.project());
        model.addAttribute("phase", access.phase());
        model.addAttribute("card", views.card(context, idea));
        model.addAttribute("statuses", ideas.statuses(access.project().id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canManage", context.canManage());
        model.addAttribute("response", markdown.render(idea.responseMd(), 3));
        return "idea/admin-idea";
    }
}
