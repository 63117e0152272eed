package de.stadtdialog.project.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

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

import de.stadtdialog.participation.FormatDescriptor;
import de.stadtdialog.participation.FormatExport;
import de.stadtdialog.participation.FormatRegistry;
import de.stadtdialog.participation.ParticipationFormat;
import de.stadtdialog.participation.PhaseKind;
import de.stadtdialog.project.Phase;
import de.stadtdialog.permission.Requirement;
import de.stadtdialog.project.PhaseResidents;
import de.stadtdialog.project.PhaseRules;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.project.Timeline;
import de.stadtdialog.shared.web.Confirmation;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** Initiators plan a project's phases and pick the format each phase hosts. */
@Controller
@RequestMapping("/verwaltung")
public class PhaseAdminController {

    private final Projects projects;
    private final ProjectPermissions permissions;
    private final FormatRegistry formats;
    private final Taxonomy taxonomy;

    PhaseAdminController(Projects projects, ProjectPermissions permissions, FormatRegistry formats,
            Taxonomy taxonomy) {
        this.projects = projects;
        this.permissions = permissions;
        this.formats = formats;
        this.taxonomy = taxonomy;
    }

    /** One option of the format select: a format in one of its phase kinds. */
    public record FormatChoice(String value, String formatNameKey, String kindNameKey) {
    }

    /** A phase in the back-office list, with the links its format offers. */
    public record PhaseRow(Phase phase, String stateKey, String formatNameKey, String setupPath, List<FormatExport> exports) {
    }

    @GetMapping("/projekte/{id}/phasen")
    String list(@PathVariable long id, Model model) {
        Project project = load(id);
        permissions.requireEdit(project);
        PhaseForm form = new PhaseForm();
        form.formatKind = choices().get(0).value();
        form.requirement = formats.get(form.formatKey()).descriptor().defaultRequirement();
        return page(model, project, form, FormErrors.none(), null);
    }

    @PostMapping("/projekte/{id}/phasen")
    String add(@PathVariable long id, @Validated @ModelAttribute("form") PhaseForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Project project = load(id);
        permissions.requireEdit(project);
        checkFormat(form, result);
        checkResidents(project, form, result);
        if (!result.hasErrors()) {
            Projects.PhaseChange change = projects.addPhase(id, form.toDraft());
            if (change.ok()) {
                redirect.addAttribute("phase-angelegt", "");
                return "redirect:/verwaltung/projekte/" + id + "/phasen";
            }
            reject(change.problems(), result);
        }
        return page(model, project, form, FormErrors.of(result, ui), null);
    }

    @GetMapping("/projekte/{id}/phasen/{phaseId}")
    String edit(@PathVariable long id, @PathVariable long phaseId, Model model) {
        Project project = load(id);
        permissions.requireEdit(project);
        Phase phase = loadPhase(project, phaseId);
        return page(model, project, PhaseForm.of(phase, projects.residents(phaseId)), FormErrors.none(), phase);
    }

    @PostMapping("/projekte/{id}/phasen/{phaseId}")
    String update(@PathVariable long id, @PathVariable long phaseId, @Validated @ModelAttribute("form") PhaseForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        Project project = load(id);
        permissions.requireEdit(project);
        Phase phase = loadPhase(project, phaseId);
        checkFormat(form, result);
        checkResidents(project, form, result);
        if (!result.hasErrors()) {
            Projects.PhaseChange change = projects.updatePhase(phaseId, form.toDraft());
            if (change.ok()) {
                redirect.addAttribute("phase-gespeichert", "");
                return "redirect:/verwaltung/projekte/" + id + "/phasen";
            }
            reject(change.problems(), result);
        }
        return page(model, project, form, FormErrors.of(result, ui), phase);
    }

    @GetMapping("/projekte/{id}/phasen/{phaseId}/loeschen")
    String confirmDelete(@PathVariable long id, @PathVariable long phaseId, @ModelAttribute("ui") Ui ui,
            Model model) {
        Project project = load(id);
        permissions.requireEdit(project);
        Phase phase = loadPhase(project, phaseId);
        String statistics = formats.find(phase.formatKey())
                .map(format -> format.statistics(phaseId).stream()
                        .map(stat -> stat.value() + " " + ui.t(stat.labelKey(), stat.value()))
                        .collect(java.util.stream.Collectors.joining(", ")))
                .orElse("");
        String base = "/verwaltung/projekte/" + id + "/phasen";
        model.addAttribute("confirmation", new Confirmation(ui.t("phase.delete.title", phase.title()),
                ui.t("phase.delete.question", phase.title(), project.title()),
                ui.t("phase.delete.consequence", statistics.isEmpty() ? "–" : statistics),
                base + "/" + phaseId + "/loeschen", base, ui.t("phase.delete.confirm")));
        return "shared/confirm";
    }

    @PostMapping("/projekte/{id}/phasen/{phaseId}/loeschen")
    String delete(@PathVariable long id, @PathVariable long phaseId, RedirectAttributes redirect) {
        Project project = load(id);
        permissions.requireEdit(project);
        loadPhase(project, phaseId);
        projects.deletePhase(phaseId);
        redirect.addAttribute("phase-geloescht", "");
        return "redirect:/verwaltung/projekte/" + id + "/phasen";
    }

    @GetMapping("/phasen/{phaseId}/export/{key}")
    void export(@PathVariable long phaseId, @PathVariable String key, HttpServletResponse response)
            throws IOException {
        Phase phase = projects.findPhase(phaseId).orElseThrow(NotFoundException::new);
        permissions.requireEdit(load(phase.projectId()));
        ParticipationFormat format = formats.find(phase.formatKey()).orElseThrow(NotFoundException::new);
        FormatExport export = format.descriptor().export(key).orElseThrow(NotFoundException::new);
        response.setContentType(export.mediaType());
        response.setHeader("Content-Disposition",
                "attachment; filename=\"phase-" + phaseId + "-" + key + "." + export.fileExtension() + "\"");
        format.export(key, phaseId, response.getOutputStream());
    }

    private String page(Model model, Project project, PhaseForm form, FormErrors errors, Phase editing) {
        Timeline timeline = new Timeline(projects.phases(project.id()), permissions.today());
        List<PhaseRow> rows = new ArrayList<>();
        for (Phase phase : timeline.phases()) {
            var format = formats.find(phase.formatKey());
            rows.add(new PhaseRow(phase, "phase.state." + timeline.stateOf(phase).name().toLowerCase(java.util.Locale.ROOT),
                    format.map(f -> f.descriptor().nameKey()).orElse(phase.formatKey()),
                    format.map(f -> f.setupPath(phase.id())).orElse(null),
                    format.map(f -> f.descriptor().exports()).orElse(List.of())));
        }
        model.addAttribute("project", project);
        model.addAttribute("state", timeline.projectState(project.status()));
        model.addAttribute("phases", rows);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", editing);
        model.addAttribute("choices", choices());
        model.addAttribute("districts", districtChoices(project));
        return "project/admin-phases";
    }

    /** The project's districts, or all the city's when the project names none. */
    private List<Taxonomy.Term> districtChoices(Project project) {
        List<Taxonomy.Term> own = taxonomy.districtsOf(java.util.Set.of(project.id())).getOrDefault(project.id(), List.of());
        return own.isEmpty() ? taxonomy.districts() : own;
    }

    private void checkResidents(Project project, PhaseForm form, BindingResult result) {
        PhaseResidents residents = form.residents();
        if (residents.any()) {
            return;
        }
        if (form.requirement != Requirement.VERIFIED) {
            result.rejectValue("districtIds", "phase.residents.verified-only");
            return;
        }
        List<Long> offered = districtChoices(project).stream().map(Taxonomy.Term::id).toList();
        if (!offered.containsAll(residents.districtIds())) {
            result.rejectValue("districtIds", "phase.residents.district-unknown");
        }
    }

    private List<FormatChoice> choices() {
        List<FormatChoice> choices = new ArrayList<>();
        for (ParticipationFormat format : formats.all()) {
            FormatDescriptor descriptor = format.descriptor();
            for (PhaseKind kind : descriptor.phaseKinds()) {
                choices.add(new FormatChoice(descriptor.key() + ":" + kind.key(), descriptor.nameKey(), kind.nameKey()));
            }
        }
        return choices;
    }

    private void checkFormat(PhaseForm form, BindingResult result) {
        var format = formats.find(form.formatKey());
        if (format.isEmpty() || format.get().descriptor().phaseKind(form.phaseKind()).isEmpty()) {
            result.rejectValue("formatKind", "phase.format.unknown");
        } else if (form.requirement != null && !format.get().descriptor().requirements().contains(form.requirement)) {
            result.rejectValue("requirement", "phase.requirement.not-offered");
        }
    }

    private static void reject(List<PhaseRules.Problem> problems, BindingResult result) {
        for (PhaseRules.Problem problem : problems) {
            result.reject(problem.messageKey(), problem.args(), problem.messageKey());
        }
        result.rejectValue("endsOn", "phase.dates.conflict");
    }

    private Project load(long id) {
        return projects.find(id).orElseThrow(NotFoundException::new);
    }

    private Phase loadPhase(Project project, long phaseId) {
        return projects.findPhase(phaseId).filter(p -> p.projectId() == project.id())
                .orElseThrow(NotFoundException::new);
    }
}
