package de.stadtdialog.text.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

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

import de.stadtdialog.shared.spam.SpamGuard;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** The public pages of a commented text: the document, a paragraph with its comments, the changes between versions. */
@Controller
@RequestMapping("/projekte/{slug}/text")
class TextController {

    private final TextContexts contexts;
    private final TextViews views;
    private final TextService service;
    private final TextRepository texts;
    private final SpamGuard spam;

    TextController(TextContexts contexts, TextViews views, TextService service, TextRepository texts,
            SpamGuard spam) {
        this.spam = spam;
        this.contexts = contexts;
        this.views = views;
        this.service = service;
        this.texts = texts;
    }

    @GetMapping
    String document(@PathVariable String slug, @RequestParam(name = "sortierung", required = false) String order,
            Model model) {
        TextContext context = contexts.forSlug(slug);
        model.addAttribute("context", context);
        model.addAttribute("document", views.document(context.phase().id()));
        model.addAttribute("discussedFirst", "diskutiert".equals(order));
        return "text/document";
    }

    @GetMapping("/absatz/{key}")
    String paragraph(@PathVariable String slug, @PathVariable String key,
            @RequestParam(name = "seite", defaultValue = "1") int page, Model model) {
        TextContext context = contexts.forSlug(slug);
        return paragraphPage(context, key, Math.max(page, 1) - 1, new CommentForm(), FormErrors.none(), model);
    }

    @PostMapping("/absatz/{key}/kommentare")
    String comment(@PathVariable String slug, @PathVariable String key,
            @Validated @ModelAttribute("commentForm") CommentForm form, BindingResult result, @ModelAttribute("ui") Ui ui,
            Model model, HttpServletRequest request) {
        TextContext context = contexts.forSlug(slug);
        context.decision(TextFormat.COMMENT).orForbid();
        var submission = spam.check(request, result, context.accountId(), "phase:" + context.phase().id(), "body",
                form.body);
        if (result.hasErrors()) {
            return paragraphPage(context, key, 0, form, FormErrors.of(result, ui), model);
        }
        long id = service.comment(context.phase().id(), key, context.accountId(), form.body, form.parentId);
        submission.record();
        return "redirect:" + context.base() + "/absatz/" + key + "?hinweis=kommentiert#kommentar-" + id;
    }

    @PostMapping("/absatz/{key}/kommentare/{commentId}/bewertung")
    String rate(@PathVariable String slug, @PathVariable String key, @PathVariable long commentId,
            @RequestParam("wert") int value) {
        TextContext context = contexts.forSlug(slug);
        context.decision(TextFormat.RATE).orForbid();
        if (!service.rate(context.phase().id(), commentId, context.accountId(), value)) {
            throw new NotFoundException();
        }
        return "redirect:" + context.base() + "/absatz/" + key + "#kommentar-" + commentId;
    }

    /** Without parameters: the latest version against the one before. */
    @GetMapping("/aenderungen")
    String changes(@PathVariable String slug, @RequestParam(name = "von", required = false) Integer from,
            @RequestParam(name = "zu", required = false) Integer to, Model model) {
        TextContext context = contexts.forSlug(slug);
        long phaseId = context.phase().id();
        List<Version> versions = texts.versions(phaseId);
        if (versions.size() < 2) {
            throw new NotFoundException();
        }
        int newer = to == null ? versions.get(versions.size() - 1).versionNo() : to;
        int older = from == null ? newer - 1 : from;
        Version fromVersion = texts.version(phaseId, older).orElseThrow(NotFoundException::new);
        Version toVersion = texts.version(phaseId, newer).orElseThrow(NotFoundException::new);
        if (older >= newer) {
            throw new NotFoundException();
        }
        model.addAttribute("context", context);
        model.addAttribute("versions", versions);
        model.addAttribute("changes", views.changes(phaseId, versions, fromVersion, toVersion));
        return "text/changes";
    }

    private String paragraphPage(TextContext context, String key, int page, CommentForm form, FormErrors errors,
            Model model) {
        List<Version> versions = texts.versions(context.phase().id());
        if (versions.isEmpty()) {
            throw new NotFoundException();
        }
        DocumentView document = views.document(context.phase().id());
        DocumentView.Item item = document.mostDiscussed().stream()
                .filter(i -> i.paragraph().paragraphKey().equals(key)).findFirst().orElseThrow(NotFoundException::new);
        model.addAttribute("context", context);
        model.addAttribute("item", item);
        model.addAttribute("document", document);
        model.addAttribute("comments", views.threads(context, versions, key, page));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "text/paragraph";
    }
}
