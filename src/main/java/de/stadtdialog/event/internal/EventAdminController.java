package de.stadtdialog.event.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.DirectFieldBindingResult;
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
import de.stadtdialog.event.EventKind;
import de.stadtdialog.event.Events;
import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.storage.ImageUploads;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** Where initiators keep their organisation's events, see who registered and publish documents afterwards. */
@Controller
@RequestMapping("/verwaltung/veranstaltungen")
class EventAdminController {

    private final Events events;
    private final EventRepository repository;
    private final EventCatalog catalog;
    private final EventAccess access;
    private final Organisations organisations;
    private final Projects projects;
    private final Accounts accounts;
    private final ImageUploads images;

    EventAdminController(Events events, EventRepository repository, EventCatalog catalog, EventAccess access,
            Organisations organisations, Projects projects, Accounts accounts, ImageUploads images) {
        this.events = events;
        this.repository = repository;
        this.catalog = catalog;
        this.access = access;
        this.organisations = organisations;
        this.projects = projects;
        this.accounts = accounts;
        this.images = images;
    }

    @GetMapping
    String list(Model model) {
        Actor actor = access.actor();
        access.requireEditable(actor);
        List<Event> mine = repository.findAll().stream().filter(e -> access.manage(actor, e).allowed()).toList();
        model.addAttribute("cards", catalog.cards(mine));
        return "event/admin-list";
    }

    @GetMapping("/neu")
    String newForm(Model model) {
        List<Organisation> choices = access.requireEditable(access.actor());
        EventForm form = new EventForm();
        form.organisationId = choices.get(0).id();
        return form(model, null, form, choices, FormErrors.none(), FormErrors.none());
    }

    @PostMapping("/neu")
    String create(@Validated @ModelAttribute("eventForm") EventForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Actor actor = access.actor();
        List<Organisation> choices = access.requireEditable(actor);
        Long projectId = check(form, choices, result);
        if (result.hasErrors()) {
            return form(model, null, form, choices, FormErrors.of(result, ui), FormErrors.none());
        }
        long id = events.create(form.toDraft(projectId));
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/veranstaltungen/" + id;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Event event = load(id);
        Actor actor = access.requireManage(event);
        String slug = event.projectId() == null ? null
                : projects.find(event.projectId()).map(Project::slug).orElse(null);
        return form(model, event, EventForm.of(event, slug), choicesFor(actor, event), FormErrors.none(),
                FormErrors.none());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("eventForm") EventForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Event event = load(id);
        Actor actor = access.requireManage(event);
        List<Organisation> choices = choicesFor(actor, event);
        Long projectId = check(form, choices, result);
        if (result.hasErrors()) {
            return form(model, event, form, choices, FormErrors.of(result, ui), FormErrors.none());
        }
        events.update(id, form.toDraft(projectId));
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/veranstaltungen/" + id;
    }

    @PostMapping("/{id}/absagen")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        Event event = load(id);
        access.requireManage(event);
        events.cancel(id, reason.isBlank() ? null : reason.strip());
        redirect.addAttribute("abgesagt", "");
        return "redirect:/verwaltung/veranstaltungen/" + id;
    }

    @PostMapping("/{id}/dokumente")
    String upload(@PathVariable long id, @ModelAttribute("uploadForm") UploadForm upload, @ModelAttribute("ui") Ui ui,
            Model model, RedirectAttributes redirect) {
        Event event = load(id);
        Actor actor = access.requireManage(event);
        BindingResult result = new DirectFieldBindingResult(upload, "uploadForm");
        boolean photo = "PHOTO".equals(upload.kind);
        if (photo) {
            String key = images.storeWithAlternativeText(upload.file, upload.title, result, "file", "title");
            if (key == null && !result.hasErrors()) {
                result.rejectValue("file", "event.document.required");
            }
            if (!result.hasErrors()) {
                events.addPhoto(id, key, upload.title);
            }
        } else {
            if (upload.title == null || upload.title.isBlank()) {
                result.rejectValue("title", "event.document.title.required");
            } else if (upload.file == null || upload.file.isEmpty()) {
                result.rejectValue("file", "event.document.required");
            } else if (upload.file.getSize() > Events.MAX_DOCUMENT_BYTES
                    || events.addDocument(id, upload.title, bytes(upload.file)).isEmpty()) {
                result.rejectValue("file", "event.document.not-pdf");
            }
        }
        if (result.hasErrors()) {
            String slug = event.projectId() == null ? null
                    : projects.find(event.projectId()).map(Project::slug).orElse(null);
            model.addAttribute("uploadForm", upload);
            return form(model, event, EventForm.of(event, slug), choicesFor(actor, event), FormErrors.none(),
                    FormErrors.of(result, ui));
        }
        redirect.addAttribute("hochgeladen", "");
        return "redirect:/verwaltung/veranstaltungen/" + id + "#dokumente";
    }

    @PostMapping("/{id}/dokumente/{documentId}/loeschen")
    String removeDocument(@PathVariable long id, @PathVariable long documentId) {
        access.requireManage(load(id));
        events.removeDocument(id, documentId);
        return "redirect:/verwaltung/veranstaltungen/" + id + "#dokumente";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks the organisation and the project and returns the project's id, if one is named. */
    private Long check(EventForm form, List<Organisation> choices, BindingResult result) {
        form.check(result);
        if (form.organisationId != null && choices.stream().noneMatch(o -> o.id() == form.organisationId)) {
            result.rejectValue("organisationId", "event.organisation.not-allowed");
        }
        if (form.projectSlug == null || form.projectSlug.isBlank()) {
            return null;
        }
        Optional<Project> project = projects.findBySlug(form.projectSlug.strip());
        if (project.isEmpty()) {
            result.rejectValue("projectSlug", "event.project.unknown");
            return null;
        }
        if (choices.stream().noneMatch(o -> o.id() == project.get().organisationId())) {
            result.rejectValue("projectSlug", "event.project.not-allowed");
        }
        return project.get().id();
    }

    private String form(Model model, Event event, EventForm form, List<Organisation> choices, FormErrors errors,
            FormErrors uploadErrors) {
        model.addAttribute("event", event);
        model.addAttribute("card", event == null ? null : catalog.card(event).orElseThrow());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("uploadErrors", uploadErrors);
        model.addAttribute("organisations", choices);
        model.addAttribute("kinds", List.of(EventKind.values()));
        List<Registration> registrations = event == null ? List.of() : repository.registrations(event.id());
        Map<Long, String> names = accounts.displayNames(registrations.stream().map(Registration::accountId).toList());
        model.addAttribute("registrations", registrations.stream()
                .map(r -> new RegistrationRow(names.get(r.accountId()), r.status(), r.registeredAt())).toList());
        model.addAttribute("documents", event == null ? List.of() : repository.documents(event.id()));
        if (!model.containsAttribute("uploadForm")) {
            model.addAttribute("uploadForm", new UploadForm());
        }
        return "event/admin-form";
    }

    /** An event may move to another organisation the person edits for, or stay where it is. */
    private List<Organisation> choicesFor(Actor actor, Event event) {
        List<Organisation> choices = new ArrayList<>(access.editableOrganisations(actor));
        if (choices.stream().noneMatch(o -> o.id() == event.organisationId())) {
            organisations.find(event.organisationId()).ifPresent(choices::add);
        }
        return choices;
    }

    private Event load(long id) {
        return repository.findById(id).orElseThrow(NotFoundException::new);
    }
}
