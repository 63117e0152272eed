package de.stadtdialog.newsletter.internal;

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
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.PermissionEvaluator;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** Where administrators write, test and send the newsletter, and watch it go out. */
@Controller
@RequestMapping("/verwaltung/newsletter")
class NewsletterAdminController {

    private final NewsletterService newsletters;
    private final PermissionEvaluator permissions;
    private final Organisations organisations;
    private final Accounts accounts;

    NewsletterAdminController(NewsletterService newsletters, PermissionEvaluator permissions,
            Organisations organisations, Accounts accounts) {
        this.newsletters = newsletters;
        this.permissions = permissions;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model) {
        requireAdmin();
        model.addAttribute("issues", newsletters.all().stream()
                .map(n -> new NewsletterRow(n, newsletters.delivery(n))).toList());
        model.addAttribute("subscribers", newsletters.confirmedSubscribers());
        return "newsletter/admin-list";
    }

    @GetMapping("/neu")
    String create(Model model) {
        requireAdmin();
        return edit(model, null, new NewsletterForm(), FormErrors.none());
    }

    @PostMapping("/neu")
    String create(@Validated @ModelAttribute("form") NewsletterForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model) {
        requireAdmin();
        if (result.hasErrors()) {
            return edit(model, null, form, FormErrors.of(result, ui));
        }
        long id = newsletters.create(form.subject, form.bodyMd, Accounts.current().orElseThrow().id());
        return "redirect:/verwaltung/newsletter/" + id + "?gespeichert";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        requireAdmin();
        Newsletter newsletter = load(id);
        return edit(model, newsletter, NewsletterForm.of(newsletter), FormErrors.none());
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Validated @ModelAttribute("form") NewsletterForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        requireAdmin();
        Newsletter newsletter = load(id);
        if (result.hasErrors()) {
            return edit(model, newsletter, form, FormErrors.of(result, ui));
        }
        if (!newsletters.update(id, form.subject, form.bodyMd)) {
            redirect.addAttribute("fehler", "newsletter.send.not-draft");
            return "redirect:/verwaltung/newsletter/" + id;
        }
        return "redirect:/verwaltung/newsletter/" + id + "?gespeichert";
    }

    @PostMapping("/{id}/test")
    String test(@PathVariable long id) {
        requireAdmin();
        long me = Accounts.current().orElseThrow().id();
        String email = accounts.activeEmail(me).orElseThrow(NotFoundException::new);
        newsletters.testSend(load(id), email);
        return "redirect:/verwaltung/newsletter/" + id + "?test";
    }

    @PostMapping("/{id}/senden")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        requireAdmin();
        load(id);
        Optional<String> problem = newsletters.start(id);
        if (problem.isPresent()) {
            redirect.addAttribute("fehler", problem.get());
            return "redirect:/verwaltung/newsletter/" + id;
        }
        return "redirect:/verwaltung/newsletter?gestartet";
    }

    private String edit(Model model, Newsletter newsletter, NewsletterForm form, FormErrors errors) {
        model.addAttribute("newsletter", newsletter);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("subscribers", newsletters.confirmedSubscribers());
        return "newsletter/admin-form";
    }

    private Newsletter load(long id) {
        return newsletters.find(id).orElseThrow(NotFoundException::new);
    }

    private void requireAdmin() {
        permissions.platform(organisations.currentActor()).orForbid();
    }
}
