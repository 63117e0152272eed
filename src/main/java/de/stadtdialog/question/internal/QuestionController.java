package de.stadtdialog.question.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import de.stadtdialog.shared.spam.SpamGuard;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** The public pages of a project's Q&A: the list with the ask form, each question, the live view and the stage. */
@Controller
@RequestMapping("/projekte/{slug}/fragen")
class QuestionController {

    private final QuestionContexts contexts;
    private final QuestionViews views;
    private final QuestionService service;
    private final QuestionRepository questions;
    private final QuestionStream stream;
    private final SpamGuard spam;

    QuestionController(QuestionContexts contexts, QuestionViews views, QuestionService service,
            QuestionRepository questions, QuestionStream stream, SpamGuard spam) {
        this.spam = spam;
        this.contexts = contexts;
        this.views = views;
        this.service = service;
        this.questions = questions;
        this.stream = stream;
    }

    @GetMapping
    String list(@PathVariable String slug, @RequestParam(defaultValue = "") String filter,
            @RequestParam(defaultValue = "") String kategorie, Model model) {
        return list(model, contexts.forSlug(slug), QuestionFilter.of(filter), kategorie, new QuestionForm(),
                FormErrors.none());
    }

    @PostMapping
    String ask(@PathVariable String slug, @Validated @ModelAttribute("form") QuestionForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request) {
        QuestionPhase context = contexts.forSlug(slug);
        context.decision(QuestionFormat.ASK).orForbid();
        if (!form.category.isBlank() && !questions.categories(context.phase().id()).contains(form.category)) {
            result.rejectValue("category", "question.category.unknown");
        }
        var submission = "live".equals(context.phase().phaseKind())
                ? spam.checkInRoom(request, result, context.actor().accountId(), "phase:" + context.phase().id(),
                        "body", form.body)
                : spam.check(request, result, context.actor().accountId(), "phase:" + context.phase().id(), "body",
                        form.body);
        if (result.hasErrors()) {
            return list(model, context, QuestionFilter.ALL, "", form, FormErrors.of(result, ui));
        }
        submission.record();
        if (context.actor().loggedIn()) {
            service.ask(context.phase().id(), context.actor().accountId(), form.body, form.category);
            return "redirect:" + context.base() + "?hinweis=gefragt";
        }
        service.askAsGuest(context.phase().id(), form.body, form.category);
        return "redirect:" + context.base() + "?hinweis=wartet";
    }

    @GetMapping("/{id}")
    String question(@PathVariable String slug, @PathVariable long id, Model model) {
        QuestionPhase context = contexts.forSlug(slug);
        return question(model, context, visible(context, id), new ExpertAnswerForm(), FormErrors.none());
    }

    @PostMapping("/{id}/relevant")
    String relevant(@PathVariable String slug, @PathVariable long id,
            @RequestParam(defaultValue = "") String ziel) {
        QuestionPhase context = contexts.forSlug(slug);
        context.decision(QuestionFormat.RELEVANT).orForbid();
        QuestionCard card = visible(context, id);
        service.toggleRelevant(card.question().id(), context.actor().accountId());
        return "redirect:" + ("liste".equals(ziel) ? context.base() + "#frage-" + id : card.url());
    }

    @PostMapping("/{id}/antwort")
    String answer(@PathVariable String slug, @PathVariable long id,
            @Validated @ModelAttribute("answerForm") ExpertAnswerForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model) {
        QuestionPhase context = contexts.forSlug(slug);
        context.decision(QuestionFormat.ANSWER).orForbid();
        QuestionCard card = visible(context, id);
        if (result.hasErrors()) {
            return question(model, context, card, form, FormErrors.of(result, ui));
        }
        service.answer(id, context.actor().accountId(), form.answer);
        return "redirect:" + card.url() + "?hinweis=beantwortet";
    }

    @GetMapping("/live")
    String live(@PathVariable String slug, Model model) {
        QuestionPhase context = contexts.forSlug(slug);
        model.addAttribute("context", context);
        model.addAttribute("questions", views.published(context, QuestionFilter.ALL, null));
        model.addAttribute("stage", views.onStage(context).orElse(null));
        model.addAttribute("categories", questions.categories(context.phase().id()));
        model.addAttribute("form", new QuestionForm());
        model.addAttribute("errors", FormErrors.none());
        return "question/live";
    }

    @GetMapping("/buehne")
    String stage(@PathVariable String slug, Model model) {
        QuestionPhase context = contexts.forSlug(slug);
        model.addAttribute("context", context);
        model.addAttribute("stage", views.onStage(context).orElse(null));
        return "question/stage";
    }

    @GetMapping(path = "/live/ereignisse", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(@PathVariable String slug, jakarta.servlet.http.HttpServletResponse response) {
        // a proxy in front (nginx) must pass each event on at once instead of filling its buffer first
        response.setHeader("X-Accel-Buffering", "no");
        return stream.listen(contexts.forSlug(slug).phase().id());
    }

    private String list(Model model, QuestionPhase context, QuestionFilter filter, String category,
            QuestionForm form, FormErrors errors) {
        model.addAttribute("context", context);
        model.addAttribute("filter", filter);
        model.addAttribute("category", category);
        model.addAttribute("categories", questions.categories(context.phase().id()));
        model.addAttribute("questions", views.published(context, filter, category));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "question/list";
    }

    private String question(Model model, QuestionPhase context, QuestionCard card, ExpertAnswerForm form,
            FormErrors errors) {
        model.addAttribute("context", context);
        model.addAttribute("card", card);
        model.addAttribute("answerForm", form);
        model.addAttribute("errors", errors);
        return "question/question";
    }

    /** Hidden and waiting questions exist only for moderators. */
    private QuestionCard visible(QuestionPhase context, long id) {
        return views.one(context, id)
                .filter(card -> card.question().state() == QuestionState.PUBLISHED || context.moderate())
                .orElseThrow(NotFoundException::new);
    }
}
