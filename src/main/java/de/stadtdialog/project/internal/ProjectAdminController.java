package de.stadtdialog.project.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.project.Taxonomy.Term;
import de.stadtdialog.shared.storage.ImageUploads;
import de.stadtdialog.shared.text.Slugs;
import de.stadtdialog.shared.web.ForbiddenException;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;
import de.stadtdialog.permission.Decision;

/** The back office where initiators create, edit, publish and archive their projects. */
@Controller
@RequestMapping("/verwaltung")
class ProjectAdminController {

    private final Projects projects;
    private final ProjectRepository repository;
    private final ProjectCatalog catalog;
    private final TaxonomyRepository taxonomy;
    private final Organisations organisations;
    private final ProjectPermissions permissions;
    private final ImageUploads images;
    private final Accounts accounts;

    ProjectAdminController(Projects projects, ProjectRepository repository, ProjectCatalog catalog,
            TaxonomyRepository taxonomy, Organisations organisations, ProjectPermissions permissions,
            ImageUploads images, Accounts accounts) {
        this.projects = projects;
        this.repository = repository;
        this.catalog = catalog;
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.permissions = permissions;
        this.images = images;
        this.accounts = accounts;
    }

    @GetMapping
    String dashboard(Model model) {
        Actor actor = permissions.currentActor();
        List<Project> mine = actor.platformAdmin() ? repository.findAll()
                : repository.findByOrganisations(actor.orgRoles().keySet());
        model.addAttribute("cards", catalog.cards(mine));
        model.addAttribute("canCreate", !creatableOrganisations(actor).isEmpty());
        return "project/admin-dashboard";
    }

    @GetMapping("/projekte/neu")
    String newForm(Model model) {
        List<Organisation> choices = requireCreatable();
        ProjectForm form = new ProjectForm();
        form.organisationId = choices.get(0).id();
        return form(model, null, form, FormErrors.none());
    }

    @PostMapping("/projekte/neu")
    String create(@Validated @ModelAttribute("form") ProjectForm form, BindingResult result,
            @RequestParam(required = false) MultipartFile image, @ModelAttribute("ui") Ui ui, Model model,
            RedirectAttributes redirect) {
        List<Organisation> choices = requireCreatable();
        if (form.organisationId != null && choices.stream().noneMatch(o -> o.id() == form.organisationId)) {
            result.rejectValue("organisationId", "project.organisation.not-allowed");
        }
        String slug = slugFor(form, 0, result);
        Areas.problem(form.areaGeojson).ifPresent(key -> result.rejectValue("areaGeojson", key));
        String imageKey = images.storeWithAlternativeText(image, form.imageAlt, result, "image", "imageAlt");
        if (result.hasErrors()) {
            images.discard(imageKey);
            return form(model, null, form, FormErrors.of(result, ui));
        }
        long id = projects.create(form.toDraft(slug, imageKey));
        redirect.addAttribute("angelegt", "");
        return "redirect:/verwaltung/projekte/" + id + "/phasen";
    }

    @GetMapping("/projekte/{id}")
    String edit(@PathVariable long id, Model model) {
        Project project = load(id);
        permissions.requireEdit(project);
        Set<Long> ids = Set.of(id);
        ProjectForm form = ProjectForm.of(project,
                taxonomy.topicsOf(ids).getOrDefault(id, List.of()).stream().map(Term::id).toList(),
                taxonomy.districtsOf(ids).getOrDefault(id, List.of()).stream().map(Term::id).toList());
        return form(model, project, form, FormErrors.none());
    }

    @PostMapping("/projekte/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") ProjectForm form, BindingResult result,
            @RequestParam(required = false) MultipartFile image, @ModelAttribute("ui") Ui ui, Model model,
            RedirectAttributes redirect) {
        Project project = load(id);
        Actor actor = permissions.requireEdit(project);
        if (form.organisationId != null && form.organisationId != project.organisationId()
                && creatableOrganisations(actor).stream().noneMatch(o -> o.id() == form.organisationId)) {
            result.rejectValue("organisationId", "project.organisation.not-allowed");
        }
        String slug = slugFor(form, id, result);
        Areas.problem(form.areaGeojson).ifPresent(key -> result.rejectValue("areaGeojson", key));
        String imageKey = form.removeImage ? null : project.imageKey();
        String uploaded = images.storeWithAlternativeText(image, form.imageAlt, result, "image", "imageAlt");
        if (uploaded != null) {
            imageKey = uploaded;
        } else if (imageKey != null && form.imageAlt.isBlank()) {
            result.rejectValue("imageAlt", "image.alt-required");
        }
        if (result.hasErrors()) {
            images.discard(uploaded);
            return form(model, project, form, FormErrors.of(result, ui));
        }
        projects.update(id, form.toDraft(slug, imageKey));
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/projekte/" + id;
    }

    @PostMapping("/projekte/{id}/veroeffentlichen")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        permissions.requireEdit(load(id));
        Optional<String> problem = projects.publish(id);
        if (problem.isPresent()) {
            redirect.addAttribute("fehler", problem.get());
            return "redirect:/verwaltung/projekte/" + id + "/phasen";
        }
        redirect.addAttribute("veroeffentlicht", "");
        return "redirect:/verwaltung/projekte/" + id + "/phasen";
    }

    @PostMapping("/projekte/{id}/archivieren")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        permissions.requireEdit(load(id));
        projects.archive(id);
        redirect.addAttribute("archiviert", "");
        return "redirect:/verwaltung/projekte/" + id + "/phasen";
    }

    @PostMapping("/projekte/{id}/zurueckziehen")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        permissions.requireEdit(load(id));
        projects.withdraw(id);
        redirect.addAttribute("zurueckgezogen", "");
        return "redirect:/verwaltung/projekte/" + id + "/phasen";
    }

    @PostMapping("/projekte/{id}/einladen")
    String invite(@PathVariable long id, @RequestParam(defaultValue = "") String login, RedirectAttributes redirect) {
        permissions.requireEdit(load(id));
        Optional<Long> account = accounts.findActiveIdByLogin(login);
        if (account.isEmpty()) {
            redirect.addAttribute("fehler", "member.unknown");
        } else {
            projects.invite(id, account.get());
            redirect.addAttribute("eingeladen", "");
        }
        return "redirect:/verwaltung/projekte/" + id + "#eingeladene";
    }

    private String form(Model model, Project project, ProjectForm form, FormErrors errors) {
        Actor actor = permissions.currentActor();
        List<Organisation> choices = creatableOrganisations(actor);
        if (project != null && choices.stream().noneMatch(o -> o.id() == project.organisationId())) {
            choices = organisations.find(project.organisationId()).map(List::of).orElse(choices);
        }
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", choices);
        model.addAttribute("topics", taxonomy.topics());
        model.addAttribute("districts", taxonomy.districts());
        model.addAttribute("invited", project == null ? List.of()
                : invitedNames(project.id()));
        return "project/admin-form";
    }

    private List<String> invitedNames(long projectId) {
        List<Long> invited = repository.invited(projectId);
        Map<Long, String> names = accounts.displayNames(invited);
        return invited.stream().map(names::get).toList();
    }

    private List<Organisation> creatableOrganisations(Actor actor) {
        Map<Long, OrgRole> roles = actor.orgRoles();
        return organisations.all().stream()
                .filter(o -> actor.platformAdmin() || roles.get(o.id()) == OrgRole.INITIATOR)
                .toList();
    }

    private List<Organisation> requireCreatable() {
        Actor actor = permissions.currentActor();
        List<Organisation> choices = creatableOrganisations(actor);
        if (choices.isEmpty()) {
            throw new ForbiddenException(Decision.deny("permission.role-missing").reason());
        }
        return choices;
    }

    private Project load(long id) {
        return repository.findById(id).orElseThrow(NotFoundException::new);
    }

    private String slugFor(ProjectForm form, long id, BindingResult result) {
        String slug = form.slug.isBlank() ? Slugs.slugify(form.title) : form.slug;
        if (slug.isEmpty() && !result.hasFieldErrors("title")) {
            result.rejectValue("slug", "slug.pattern");
        } else if (!result.hasFieldErrors("slug") && repository.slugTaken(slug, id)) {
            result.rejectValue("slug", "slug.taken");
        }
        return slug;
    }
}
