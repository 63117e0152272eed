package de.stadtdialog.page;

import static de.stadtdialog.shared.text.Texts.blankToNull;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.CurrentUser;
import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.PermissionEvaluator;
import de.stadtdialog.shared.mail.Mailer;
import de.stadtdialog.shared.markdown.Markdown;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.PlatformSettings;
import de.stadtdialog.shared.web.Ui;

@Controller
class PageController {

    private final Pages pages;
    private final PageRepository repository;
    private final Organisations organisations;
    private final PermissionEvaluator permissions;
    private final Markdown markdown;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PlatformSettings settings;
    private final Clock clock;

    PageController(Pages pages, PageRepository repository, Organisations organisations,
            PermissionEvaluator permissions, Markdown markdown, Accounts accounts, Mailer mailer,
            MessageSource messages, PlatformSettings settings, Clock clock) {
        this.pages = pages;
        this.repository = repository;
        this.organisations = organisations;
        this.permissions = permissions;
        this.markdown = markdown;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/{path:impressum|datenschutz|barrierefreiheit|netiquette|nutzungsbedingungen|so-funktionierts}")
    String page(@PathVariable String path, Model model) {
        PageKey key = PageKey.fromPath(path).orElseThrow(NotFoundException::new);
        return show(model, key, null, null);
    }

    /** The form lives on a page of its own: reading the statement starts no session. */
    @GetMapping("/barrierefreiheit/melden")
    String reportForm(Model model) {
        model.addAttribute("form", new BarrierReportForm());
        model.addAttribute("errors", FormErrors.none());
        return "page/barrier-report";
    }

    /** An organisation's own imprint, privacy notice or netiquette, or the platform's where it has none. */
    @GetMapping("/organisationen/{slug}/{path:impressum|datenschutz|netiquette}")
    String organisationPage(@PathVariable String slug, @PathVariable String path, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(NotFoundException::new);
        PageKey key = PageKey.fromPath(path).orElseThrow(NotFoundException::new);
        String own = switch (key) {
            case IMPRESSUM -> organisation.imprintMd();
            case DATENSCHUTZ -> organisation.privacyMd();
            default -> organisation.netiquetteMd();
        };
        return show(model, key, organisation, own);
    }

    @PostMapping("/barrierefreiheit/melden")
    @Transactional
    String reportBarrier(@Validated @ModelAttribute("form") BarrierReportForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("errors", FormErrors.of(result, ui));
            return "page/barrier-report";
        }
        Long accountId = Accounts.current().map(CurrentUser::id).orElse(null);
        repository.insertReport(blankToNull(form.pageUrl), form.description.trim(), blankToNull(form.email), accountId,
                clock.instant());
        Locale german = Locale.GERMAN;
        String subject = messages.getMessage("mail.barrier.subject", new Object[] { settings.name() }, german);
        String body = messages.getMessage("mail.barrier.body", new Object[] { form.description.trim(),
                form.pageUrl.isBlank() ? "-" : form.pageUrl, form.email.isBlank() ? "-" : form.email,
                settings.baseUrl() + "/verwaltung/barrieremeldungen" }, german);
        accounts.platformAdminEmails().forEach(to -> mailer.send(to, subject, body));
        redirect.addAttribute("gemeldet", "");
        return "redirect:/barrierefreiheit/melden";
    }

    @GetMapping("/verwaltung/seiten")
    String adminList(Model model) {
        requireAdmin();
        model.addAttribute("pages", pages.all());
        return "page/admin-list";
    }

    @GetMapping("/verwaltung/seiten/{path}")
    String adminEdit(@PathVariable String path, Model model) {
        requireAdmin();
        PageKey key = PageKey.fromPath(path).orElseThrow(NotFoundException::new);
        Page page = pages.find(key).orElseThrow(NotFoundException::new);
        PageForm form = new PageForm();
        form.title = page.title();
        form.bodyMd = page.bodyMd();
        model.addAttribute("page", page);
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.none());
        return "page/admin-form";
    }

    @PostMapping("/verwaltung/seiten/{path}")
    String adminUpdate(@PathVariable String path, @Validated @ModelAttribute("form") PageForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        requireAdmin();
        PageKey key = PageKey.fromPath(path).orElseThrow(NotFoundException::new);
        Page page = pages.find(key).orElseThrow(NotFoundException::new);
        if (result.hasErrors()) {
            model.addAttribute("page", page);
            model.addAttribute("errors", FormErrors.of(result, ui));
            return "page/admin-form";
        }
        pages.update(key, form.title.trim(), form.bodyMd);
        redirect.addAttribute("gespeichert", "");
        return "redirect:/verwaltung/seiten";
    }

    @GetMapping("/verwaltung/barrieremeldungen")
    String reports(Model model) {
        requireAdmin();
        model.addAttribute("reports", repository.reports());
        return "page/admin-reports";
    }

    private String show(Model model, PageKey key, Organisation organisation, String ownText) {
        Page page = pages.find(key).orElseThrow(NotFoundException::new);
        boolean own = ownText != null && !ownText.isBlank();
        model.addAttribute("page", page);
        model.addAttribute("key", key.path());
        model.addAttribute("organisation", organisation);
        model.addAttribute("body", markdown.render(own ? ownText : page.bodyMd()));
        return "page/page";
    }

    private void requireAdmin() {
        permissions.platform(organisations.currentActor()).orForbid();
    }
}
