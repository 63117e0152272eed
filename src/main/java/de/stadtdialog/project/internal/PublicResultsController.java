package de.stadtdialog.project.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ModelAttribute;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.shared.pdf.PdfRenderer;
import de.stadtdialog.shared.storage.FileStorage;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * What became of a project's contributions (Rechenschaft), and the report for the council. Both are
 * public once the initiators publish the results; until then only they see a preview.
 */
@Controller
class PublicResultsController {

    private final ProjectRepository projects;
    private final ProjectPermissions permissions;
    private final ProjectReports reports;
    private final TemplateEngine templates;
    private final PdfRenderer renderer;
    private final FileStorage storage;
    private final String baseUrl;

    PublicResultsController(ProjectRepository projects, ProjectPermissions permissions, ProjectReports reports,
            TemplateEngine templates, PdfRenderer renderer, FileStorage storage,
            @Value("${stadtdialog.base-url}") String baseUrl) {
        this.templates = templates;
        this.renderer = renderer;
        this.storage = storage;
        this.baseUrl = baseUrl;
        this.projects = projects;
        this.permissions = permissions;
        this.reports = reports;
    }

    @GetMapping("/projekte/{slug}/ergebnisse")
    String results(@PathVariable String slug, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String kategorie, @RequestParam(defaultValue = "") String suche,
            @RequestParam(defaultValue = "1") String seite, Locale locale, Model model) {
        Project project = visible(slug);
        boolean canEdit = permissions.decide(permissions.currentActor(), CoreAction.EDIT, project).allowed();
        ProjectReport report = reports.report(project, locale, 3);
        var filter = new ResultsPage.Filter(status.strip(), kategorie.strip(), suche.strip());
        model.addAttribute("page", ResultsPage.of(report, canEdit, filter, pageNumber(seite)));
        return "project/results-page";
    }

    @GetMapping("/projekte/{slug}/bericht")
    String report(@PathVariable String slug, Locale locale, Model model) {
        model.addAttribute("report", readableReport(slug, locale));
        return "project/report";
    }

    /** The same page as the print view, as a tagged PDF for the council's papers. */
    @GetMapping("/projekte/{slug}/bericht.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable String slug, Locale locale, @ModelAttribute("ui") Ui ui)
            throws IOException {
        ProjectReport report = readableReport(slug, locale);
        StringOutput html = new StringOutput();
        templates.render("project/report.jte", Map.of("ui", ui, "report", report), html);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer.render(html.toString(), baseUrl + "/", this::localResource, pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("ergebnisbericht-" + report.project().slug() + ".pdf").build().toString())
                .cacheControl(CacheControl.noCache())
                .body(pdf.toByteArray());
    }

    /** The report's style sheet and uploaded images; the renderer asks for nothing else. */
    private Optional<byte[]> localResource(String path) {
        String file = path.split("[?#]", 2)[0];
        try {
            if (file.startsWith("/dateien/")) {
                var stored = storage.load(file.substring("/dateien/".length()));
                if (stored.isEmpty()) {
                    return Optional.empty();
                }
                try (var in = stored.get().content()) {
                    return Optional.of(in.readAllBytes());
                }
            }
            if ((file.startsWith("/css/") || file.startsWith("/img/")) && !file.contains("..")) {
                var resource = new ClassPathResource("static" + file);
                if (resource.exists()) {
                    try (var in = resource.getInputStream()) {
                        return Optional.of(in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private ProjectReport readableReport(String slug, Locale locale) {
        Project project = visible(slug);
        ProjectReport report = reports.report(project, locale, 3);
        if (!report.result().published()
                && permissions.decide(permissions.currentActor(), CoreAction.EDIT, project).denied()) {
            throw new NotFoundException();
        }
        return report;
    }

    private Project visible(String slug) {
        Project project = projects.findBySlug(slug).orElseThrow(NotFoundException::new);
        Actor actor = permissions.currentActor();
        if (permissions.decide(actor, CoreAction.VIEW, project).denied()) {
            throw new NotFoundException();
        }
        return project;
    }

    private static int pageNumber(String text) {
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
