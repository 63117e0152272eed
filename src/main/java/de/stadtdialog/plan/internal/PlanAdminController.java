package de.stadtdialog.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.Decision;
import de.stadtdialog.permission.PermissionEvaluator;
import de.stadtdialog.plan.PlanDraft;
import de.stadtdialog.plan.PlanStatus;
import de.stadtdialog.plan.Plans;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.Projects;
import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.shared.geo.GeoArea;
import de.stadtdialog.shared.web.ForbiddenException;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** Where departments keep their entries of the list of planned projects. */
@Controller
@RequestMapping("/verwaltung/vorhaben")
class PlanAdminController {

    private final Plans plans;
    private final PlanRepository repository;
    private final PlanCatalog catalog;
    private final Organisations organisations;
    private final PermissionEvaluator permissions;
    private final Taxonomy taxonomy;
    private final Projects projects;
    private final PlanRequests requests;
    private final Accounts accounts;

    PlanAdminController(Plans plans, PlanRepository repository, PlanCatalog catalog, Organisations organisations,
            PermissionEvaluator permissions, Taxonomy taxonomy, Projects projects, PlanRequests requests,
            Accounts accounts) {
        this.requests = requests;
        this.accounts = accounts;
        this.plans = plans;
        this.repository = repository;
        this.catalog = catalog;
        this.organisations = organisations;
        this.permissions = permissions;
        this.taxonomy = taxonomy;
        this.projects = projects;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = organisations.currentActor();
        List<Organisation> editable = requireEditable(actor);
        List<Plan> mine = actor.platformAdmin() ? repository.findAll()
                : repository.findByOrganisations(editable.stream().map(Organisation::id).toList());
        model.addAttribute("cards", catalog.cards(mine));
        model.addAttribute("staleMonths", catalog.staleMonths());
        return "plan/admin-list";
    }

    @GetMapping("/neu")
    String newForm(Model model) {
        List<Organisation> choices = requireEditable(organisations.currentActor());
        PlanForm form = new PlanForm();
        form.organisationId = choices.get(0).id();
        return form(model, null, form, choices, FormErrors.none());
    }

    @PostMapping("/neu")
    String create(@Validated @ModelAttribute("planForm") PlanForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Actor actor = organisations.currentActor();
        List<Organisation> choices = requireEditable(actor);
        List<Long> projectIds = check(form, choices, result);
        if (result.hasErrors()) {
            return form(model, null, form, choices, FormErrors.of(result, ui));
        }
        long id = plans.create(form.toDraft(projectIds), actor.accountId());
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/vorhaben/" + id;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Plan plan = load(id);
        Actor actor = requireEdit(plan);
        PlanDraft stored = repository.draftOf(id).orElseThrow();
        List<String> slugs = stored.projectIds().stream().map(projects::find).flatMap(Optional::stream)
                .map(Project::slug).toList();
        return form(model, plan, PlanForm.of(plan, stored.topicIds(), stored.districtIds(), slugs),
                choicesFor(actor, plan), FormErrors.none());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("planForm") PlanForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Plan plan = load(id);
        Actor actor = requireEdit(plan);
        List<Organisation> choices = choicesFor(actor, plan);
        List<Long> projectIds = check(form, choices, result);
        if (result.hasErrors()) {
            return form(model, plan, form, choices, FormErrors.of(result, ui));
        }
        plans.update(id, form.toDraft(projectIds), actor.accountId());
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/vorhaben/" + id;
    }

    @GetMapping("/{id}/anregung")
    String request(@PathVariable long id, Model model) {
        Plan plan = load(id);
        requireEdit(plan);
        return requestPage(model, plan, new PlanAnswerForm(), FormErrors.none());
    }

    @PostMapping("/{id}/anregung")
    String answer(@PathVariable long id, @Validated @ModelAttribute("planAnswerForm") PlanAnswerForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Plan plan = load(id);
        Actor actor = requireEdit(plan);
        PlanRequest request = requests.latest(id).orElseThrow(NotFoundException::new);
        if (form.accepted != null && (form.answer == null || form.answer.isBlank())) {
            result.rejectValue("answer", form.accepted ? "plan.request.answer.participation-required"
                    : "plan.request.answer.justification-required");
        }
        if (result.hasErrors()) {
            return requestPage(model, plan, form, FormErrors.of(result, ui));
        }
        requests.answer(request.id(), form.accepted, form.answer, actor.accountId());
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/vorhaben/" + id + "/anregung";
    }

    private String requestPage(Model model, Plan plan, PlanAnswerForm form, FormErrors errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("request", PublicPlanController.requestView(plan.id(), requests, accounts));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "plan/admin-request";
    }

    /** Checks what Bean Validation cannot and returns the ids of the named projects. */
    private List<Long> check(PlanForm form, List<Organisation> choices, BindingResult result) {
        if (form.organisationId != null && choices.stream().noneMatch(o -> o.id() == form.organisationId)) {
            result.rejectValue("organisationId", "plan.organisation.not-allowed");
        }
        if (!form.participationPlanned && (form.participationNote == null || form.participationNote.isBlank())) {
            result.rejectValue("participationNote", "plan.participation.reason-required");
        }
        if (form.areaGeojson != null && !form.areaGeojson.isBlank() && GeoArea.parse(form.areaGeojson).isEmpty()
                && !result.hasFieldErrors("areaGeojson")) {
            result.rejectValue("areaGeojson", "plan.area.invalid");
        }
        List<Long> ids = new ArrayList<>();
        for (String slug : form.slugs()) {
            Optional<Project> project = projects.findBySlug(slug);
            if (project.isEmpty()) {
                result.rejectValue("projectSlugs", "plan.projects.unknown", new Object[] {slug}, null);
                break;
            }
            ids.add(project.get().id());
        }
        return ids;
    }

    private String form(Model model, Plan plan, PlanForm form, List<Organisation> choices, FormErrors errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", choices);
        model.addAttribute("statuses", List.of(PlanStatus.values()));
        model.addAttribute("topics", taxonomy.topics());
        model.addAttribute("districts", taxonomy.districts());
        model.addAttribute("request", plan == null ? null : requests.latest(plan.id()).orElse(null));
        return "plan/admin-form";
    }

    private List<Organisation> editableOrganisations(Actor actor) {
        return organisations.all().stream().filter(o -> permissions.editFor(actor, o.id()).allowed()).toList();
    }

    private List<Organisation> requireEditable(Actor actor) {
        List<Organisation> choices = editableOrganisations(actor);
        if (choices.isEmpty()) {
            throw new ForbiddenException(Decision.deny("permission.role-missing").reason());
        }
        return choices;
    }

    /** An entry may move to another organisation the person edits for, or stay where it is. */
    private List<Organisation> choicesFor(Actor actor, Plan plan) {
        List<Organisation> choices = new ArrayList<>(editableOrganisations(actor));
        if (choices.stream().noneMatch(o -> o.id() == plan.organisationId())) {
            organisations.find(plan.organisationId()).ifPresent(choices::add);
        }
        return choices;
    }

    private Actor requireEdit(Plan plan) {
        Actor actor = organisations.currentActor();
        Decision decision = permissions.editFor(actor, plan.organisationId());
        if (decision.denied()) {
            throw new ForbiddenException(decision.reason());
        }
        return actor;
    }

    private Plan load(long id) {
        return repository.findById(id).orElseThrow(NotFoundException::new);
    }
}
