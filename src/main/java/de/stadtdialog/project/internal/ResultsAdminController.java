package de.stadtdialog.project.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.ProjectResults;
import de.stadtdialog.project.Projects;
import de.stadtdialog.project.Timeline;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/**
 * Where initiators write what came out of a project and what the city does with it, attach
 * minutes and link council decisions, and publish all of it. The texts, the documents and the
 * links are three forms, so a rejected upload never loses text typed above it.
 */
@Controller
@RequestMapping("/verwaltung/projekte/{id}/ergebnisse")
class ResultsAdminController {

    private final Projects projects;
    private final ProjectResults results;
    private final ProjectPermissions permissions;
    private final Clock clock;
    private final ResultsDeadline deadline;

    ResultsAdminController(Projects projects, ProjectResults results, ProjectPermissions permissions, Clock clock,
            ResultsDeadline deadline) {
        this.projects = projects;
        this.results = results;
        this.permissions = permissions;
        this.clock = clock;
        this.deadline = deadline;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        Project project = editable(id);
        return page(model, project, ResultsForm.of(results.of(id)), FormErrors.none(), new ResultLinkForm(),
                FormErrors.none(), null);
    }

    @PostMapping
    String saveTexts(@PathVariable long id, @Validated @ModelAttribute("form") ResultsForm form, BindingResult result,
            @RequestParam(defaultValue = "speichern") String aktion, @ModelAttribute("ui") Ui ui, Model model,
            RedirectAttributes redirect) {
        Project project = editable(id);
        if (result.hasErrors()) {
            return page(model, project, form, FormErrors.of(result, ui), new ResultLinkForm(), FormErrors.none(), null);
        }
        boolean publishing = "veroeffentlichen".equals(aktion);
        Optional<String> problem = results.saveTexts(id, form.summaryMd, form.adoptedMd, form.rejectedMd);
        if (problem.isEmpty() && publishing) {
            problem = results.publish(id);
        }
        if (problem.isPresent()) {
            FormErrors.reject(result, "summaryMd", problem.get());
            return page(model, project, form, FormErrors.of(result, ui), new ResultLinkForm(), FormErrors.none(), null);
        }
        redirect.addAttribute(publishing ? "veroeffentlicht" : "gespeichert", "");
        return "redirect:/verwaltung/projekte/" + id + "/ergebnisse";
    }

    @PostMapping("/zurueckziehen")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        editable(id);
        results.withdraw(id);
        redirect.addAttribute("zurueckgezogen", "");
        return "redirect:/verwaltung/projekte/" + id + "/ergebnisse";
    }

    @PostMapping("/dokumente")
    String addDocument(@PathVariable long id, @RequestParam(defaultValue = "") String documentTitle,
            @RequestParam(required = false) MultipartFile document, @ModelAttribute("ui") Ui ui, Model model,
            RedirectAttributes redirect) {
        Project project = editable(id);
        String problem = documentProblem(documentTitle, document);
        Optional<Long> added = Optional.empty();
        if (problem == null) {
            added = results.addDocument(id, documentTitle, bytes(document));
            problem = added.isEmpty() ? "results.document.not-pdf" : null;
        }
        if (problem != null) {
            return page(model, project, ResultsForm.of(results.of(id)), FormErrors.none(), new ResultLinkForm(),
                    FormErrors.none(), new DocumentProblem(documentTitle, ui.t(problem),
                            problem.startsWith("results.document.title")));
        }
        redirect.addAttribute("dokument", "");
        return "redirect:/verwaltung/projekte/" + id + "/ergebnisse#dokumente";
    }

    @PostMapping("/dokumente/{documentId}/loeschen")
    String removeDocument(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
        editable(id);
        results.removeDocument(id, documentId);
        redirect.addAttribute("entfernt", "");
        return "redirect:/verwaltung/projekte/" + id + "/ergebnisse#dokumente";
    }

    @PostMapping("/links")
    String addLink(@PathVariable long id, @Validated @ModelAttribute("link") ResultLinkForm link, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Project project = editable(id);
        if (result.hasErrors()) {
            return page(model, project, ResultsForm.of(results.of(id)), FormErrors.none(), link,
                    FormErrors.of(result, ui), null);
        }
        results.addLink(id, link.linkTitle, link.linkUrl);
        redirect.addAttribute("link", "");
        return "redirect:/verwaltung/projekte/" + id + "/ergebnisse#beschluesse";
    }

    @PostMapping("/links/{linkId}/loeschen")
    String removeLink(@PathVariable long id, @PathVariable long linkId, RedirectAttributes redirect) {
        editable(id);
        results.removeLink(id, linkId);
        redirect.addAttribute("entfernt", "");
        return "redirect:/verwaltung/projekte/" + id + "/ergebnisse#beschluesse";
    }

    private String page(Model model, Project project, ResultsForm form, FormErrors errors, ResultLinkForm link,
            FormErrors linkErrors, DocumentProblem documentProblem) {
        var result = results.of(project.id());
        LocalDate end = new Timeline(projects.phases(project.id()), LocalDate.now(clock)).end().orElse(null);
        model.addAttribute("project", project);
        model.addAttribute("result", result);
        model.addAttribute("state", deadline.state(result.published(), end));
        model.addAttribute("dueOn", deadline.dueOn(end));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("link", link);
        model.addAttribute("linkErrors", linkErrors);
        model.addAttribute("documentProblem", documentProblem);
        return "project/admin-results";
    }

    private static String documentProblem(String title, MultipartFile document) {
        if (title.isBlank()) {
            return "results.document.title.required";
        }
        if (title.length() > 200) {
            return "results.document.title.too-long";
        }
        if (document == null || document.isEmpty()) {
            return "results.document.required";
        }
        if (document.getSize() > ProjectResults.MAX_DOCUMENT_BYTES) {
            return "results.document.too-large";
        }
        return null;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Project editable(long id) {
        Project project = projects.find(id).orElseThrow(NotFoundException::new);
        permissions.requireEdit(project);
        return project;
    }
}
