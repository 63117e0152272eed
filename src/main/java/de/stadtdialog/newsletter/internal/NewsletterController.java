package de.stadtdialog.newsletter.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import de.stadtdialog.shared.spam.SpamGuard;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** Subscribing with double opt-in, and unsubscribing with one click from every copy. */
@Controller
class NewsletterController {

    private final NewsletterService newsletters;
    private final SpamGuard spam;

    NewsletterController(NewsletterService newsletters, SpamGuard spam) {
        this.spam = spam;
        this.newsletters = newsletters;
    }

    @GetMapping("/newsletter")
    String form(Model model) {
        return page(model, new SubscribeForm(), FormErrors.none());
    }

    @PostMapping("/newsletter")
    String subscribe(@Validated @ModelAttribute("form") SubscribeForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request) {
        var submission = spam.check(request, result, null, "newsletter", "email", null);
        if (result.hasErrors()) {
            return page(model, form, FormErrors.of(result, ui));
        }
        newsletters.subscribe(form.email);
        submission.record();
        return "redirect:/newsletter?angefragt";
    }

    @GetMapping("/newsletter/bestaetigen/{token}")
    String confirm(@PathVariable String token, Model model) {
        model.addAttribute("state", newsletters.confirm(token) ? "confirmed" : "unknown");
        return "newsletter/state";
    }

    @GetMapping("/newsletter/abbestellen/{token}")
    String unsubscribePage(@PathVariable String token, Model model) {
        var subscriber = newsletters.byToken(token).orElseThrow(NotFoundException::new);
        model.addAttribute("token", token);
        model.addAttribute("state", "UNSUBSCRIBED".equals(subscriber.status()) ? "unsubscribed" : "ask");
        return "newsletter/state";
    }

    @PostMapping("/newsletter/abbestellen/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        if (!newsletters.unsubscribe(token)) {
            throw new NotFoundException();
        }
        model.addAttribute("state", "unsubscribed");
        return "newsletter/state";
    }

    private String page(Model model, SubscribeForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "newsletter/subscribe";
    }
}
