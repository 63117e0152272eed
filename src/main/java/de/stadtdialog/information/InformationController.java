package de.stadtdialog.information;

import java.time.Clock;
import java.time.LocalDate;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.ProjectPermissions.PhaseAccess;
import de.stadtdialog.shared.web.Confirmation;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** The Information format's setup page: initiators write, edit and delete the posts of a phase. */
@Controller
@RequestMapping("/verwaltung/phasen/{phaseId}/information")
class InformationController {

    private final ProjectPermissions permissions;
    private final InformationRepository posts;
    private final Clock clock;

    InformationController(ProjectPermissions permissions, InformationRepository posts, Clock clock) {
        this.permissions = permissions;
        this.posts = posts;
        this.clock = clock;
    }

    @GetMapping
    String setup(@PathVariable long phaseId, Model model) {
        PhaseAccess access = permissions.require(phaseId, InformationFormat.POST);
        PostForm form = new PostForm();
        form.publishedOn = LocalDate.now(clock);
        return page(model, access, form, FormErrors.none());
    }

    @PostMapping
    @Transactional
    String add(@PathVariable long phaseId, @Validated @ModelAttribute("form") PostForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        PhaseAccess access = permissions.require(phaseId, InformationFormat.POST);
        if (result.hasErrors()) {
            return page(model, access, form, FormErrors.of(result, ui));
        }
        posts.insert(phaseId, form.title.trim(), form.bodyMd.trim(), form.publishedOn, access.actor().accountId(),
                clock.instant());
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/phasen/" + phaseId + "/information";
    }

    @GetMapping("/{postId}/loeschen")
    String confirmDelete(@PathVariable long phaseId, @PathVariable long postId, @ModelAttribute("ui") Ui ui,
            Model model) {
        permissions.require(phaseId, InformationFormat.POST);
        InformationPost post = posts.find(postId).filter(p -> p.phaseId() == phaseId)
                .orElseThrow(NotFoundException::new);
        String base = "/verwaltung/phasen/" + phaseId + "/information";
        model.addAttribute("confirmation", new Confirmation(ui.t("information.delete.title"),
                ui.t("information.delete.question", post.title()), ui.t("information.delete.consequence"),
                base + "/" + postId + "/loeschen", base, ui.t("information.delete")));
        return "shared/confirm";
    }

    @PostMapping("/{postId}/loeschen")
    @Transactional
    String delete(@PathVariable long phaseId, @PathVariable long postId, RedirectAttributes redirect) {
        permissions.require(phaseId, InformationFormat.POST);
        InformationPost post = posts.find(postId).filter(p -> p.phaseId() == phaseId)
                .orElseThrow(NotFoundException::new);
        posts.delete(post.id());
        redirect.addAttribute("geloescht", "");
        return "redirect:/verwaltung/phasen/" + phaseId + "/information";
    }

    private String page(Model model, PhaseAccess access, PostForm form, FormErrors errors) {
        model.addAttribute("project", access.project());
        model.addAttribute("phase", access.phase());
        model.addAttribute("posts", posts.posts(access.phase().id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "information/setup";
    }
}
