package de.stadtdialog.project.internal;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.permission.PermissionEvaluator;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.shared.web.NotFoundException;

/** Administrators keep the city's topics and districts, which projects are filed under. */
@Controller
@RequestMapping("/verwaltung/stammdaten")
class TaxonomyAdminController {

    private final TaxonomyRepository taxonomy;
    private final PermissionEvaluator evaluator;
    private final ProjectPermissions permissions;

    TaxonomyAdminController(TaxonomyRepository taxonomy, PermissionEvaluator evaluator,
            ProjectPermissions permissions) {
        this.taxonomy = taxonomy;
        this.evaluator = evaluator;
        this.permissions = permissions;
    }

    @GetMapping
    String list(Model model) {
        requireAdmin();
        model.addAttribute("topics", taxonomy.topics());
        model.addAttribute("districts", taxonomy.districts());
        return "project/admin-taxonomy";
    }

    @PostMapping("/{kind}")
    @Transactional
    String add(@PathVariable String kind, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        requireAdmin();
        TaxonomyRepository.Kind which = kind(kind);
        String problem = problem(which, name, 0);
        if (problem != null) {
            redirect.addAttribute("fehler", problem);
        } else {
            taxonomy.add(which, name);
            redirect.addAttribute("gespeichert", "");
        }
        return "redirect:/verwaltung/stammdaten#" + kind;
    }

    @PostMapping("/{kind}/{id}")
    @Transactional
    String rename(@PathVariable String kind, @PathVariable long id, @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        requireAdmin();
        TaxonomyRepository.Kind which = kind(kind);
        String problem = problem(which, name, id);
        if (problem != null) {
            redirect.addAttribute("fehler", problem);
        } else {
            taxonomy.rename(which, id, name);
            redirect.addAttribute("gespeichert", "");
        }
        return "redirect:/verwaltung/stammdaten#" + kind;
    }

    @PostMapping("/{kind}/{id}/loeschen")
    @Transactional
    String delete(@PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
        requireAdmin();
        taxonomy.delete(kind(kind), id);
        redirect.addAttribute("geloescht", "");
        return "redirect:/verwaltung/stammdaten#" + kind;
    }

    private String problem(TaxonomyRepository.Kind kind, String name, long id) {
        if (name.isBlank() || name.trim().length() > 80) {
            return "taxonomy.name.invalid";
        }
        return taxonomy.exists(kind, name, id) ? "taxonomy.name.taken" : null;
    }

    private static TaxonomyRepository.Kind kind(String path) {
        return switch (path) {
            case "themen" -> TaxonomyRepository.Kind.TOPIC;
            case "stadtteile" -> TaxonomyRepository.Kind.DISTRICT;
            default -> throw new NotFoundException();
        };
    }

    private void requireAdmin() {
        evaluator.platform(permissions.currentActor()).orForbid();
    }
}
