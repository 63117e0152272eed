package de.stadtdialog.idea.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.idea.internal.Idea.Visibility;
import de.stadtdialog.idea.internal.IdeaService.Outcome;
import de.stadtdialog.shared.markdown.Markdown;
import de.stadtdialog.shared.spam.SpamGuard;
import de.stadtdialog.shared.web.Confirmation;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** The public pages of an idea collection: list and map, the idea, sending, supporting, commenting. */
@Controller
@RequestMapping("/projekte/{slug}/ideen")
class IdeaController {

    private final IdeaContexts contexts;
    private final IdeaRepository ideas;
    private final IdeaService service;
    private final IdeaViews views;
    private final IdeaMap map;
    private final CommentThreads threads;
    private final Markdown markdown;
    private final IdeaCounts counts;
    private final GuestConfirmations guests;
    private final CommentRepository comments;
    private final SpamGuard spam;

    IdeaController(IdeaContexts contexts, IdeaRepository ideas, IdeaService service, IdeaViews views, IdeaMap map,
            CommentThreads threads, Markdown markdown, IdeaCounts counts, GuestConfirmations guests,
            CommentRepository comments, SpamGuard spam) {
        this.spam = spam;
        this.guests = guests;
        this.comments = comments;
        this.counts = counts;
        this.contexts = contexts;
        this.ideas = ideas;
        this.service = service;
        this.views = views;
        this.map = map;
        this.threads = threads;
        this.markdown = markdown;
    }

    // --- List and map ---

    @GetMapping
    String list(@PathVariable String slug, @RequestParam Map<String, String> params,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        IdeaContext context = contexts.forSlug(slug);
        IdeaQuery query = IdeaQuery.of(params.get("kategorie"), params.get("status"), params.get("suche"),
                params.get("sortierung"), params.get("zufall"), params.get("seite"));
        if (query.sort() == IdeaQuery.Sort.RANDOM && !params.containsKey("zufall")) {
            // a fresh seed for a new visitor, then kept in every link of the list
            query = new IdeaQuery(query.categoryId(), query.statusId(), query.text(), query.sort(),
                    java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 1_000_000), query.page());
        }
        IdeaViews.Lookups lookups = views.lookups(context.project().id());
        var cards = views.cards(context, lookups, ideas.list(context.project().id(), query));
        model.addAttribute("page", new IdeaListPage(context, lookups.categories(), lookups.statuses(), query, cards,
                counts.count(context, query), counts.totals(context.project().id()), areaGeometry(context),
                htmx != null ? java.util.List.of() : counts.perDay(context.project().id())));
        return htmx != null ? "idea/results" : "idea/list";
    }

    @GetMapping(value = "/karte.geojson", produces = "application/geo+json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> viewport(@PathVariable String slug, @RequestParam Map<String, String> params) {
        IdeaContext context = contexts.forSlug(slug);
        IdeaMap.Viewport viewport = IdeaMap.Viewport.parse(params.get("bbox"), params.get("zoom"));
        if (viewport == null) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error",
                    "bbox must be west,south,east,north in decimal degrees and zoom a whole number from 0 to 22"));
        }
        IdeaQuery query = IdeaQuery.of(params.get("kategorie"), params.get("status"), params.get("suche"), null,
                null, null);
        return ResponseEntity.ok(map.features(context, views.lookups(context.project().id()), query, viewport));
    }

    /** The colours of categories and statuses as classes, since the pages' security policy forbids inline styles. */
    @GetMapping(value = "/farben.css", produces = "text/css")
    @ResponseBody
    ResponseEntity<String> colours(@PathVariable String slug) {
        IdeaContext context = contexts.forSlug(slug);
        StringBuilder css = new StringBuilder();
        for (Category category : ideas.categories(context.project().id())) {
            css.append(".swatch--category-").append(category.id()).append("{background:").append(category.colour())
                    .append("}\n");
        }
        for (IdeaStatus status : ideas.statuses(context.project().id())) {
            css.append(".status-").append(status.id()).append("{border-color:").append(status.colour())
                    .append(";box-shadow:inset 4px 0 0 ").append(status.colour()).append("}\n");
        }
        return ResponseEntity.ok().cacheControl(org.springframework.http.CacheControl.maxAge(
                java.time.Duration.ofMinutes(5))).body(css.toString());
    }

    private static String areaGeometry(IdeaContext context) {
        String area = context.project().areaGeojson();
        return area == null || area.isBlank() ? null : area;
    }

    // --- Sending an idea ---

    @GetMapping("/neu")
    String newIdea(@PathVariable String slug, Model model) {
        IdeaContext context = contexts.forSlug(slug);
        context.decision(IdeaFormat.SUBMIT).orForbid();
        return form(model, context, null, new IdeaForm(), FormErrors.none());
    }

    @PostMapping
    String submit(@PathVariable String slug, @Validated @ModelAttribute("form") IdeaForm form, BindingResult result,
            @RequestParam(name = "image", required = false) MultipartFile image, @ModelAttribute("ui") Ui ui,
            Model model, HttpServletRequest request) {
        IdeaContext context = contexts.forSlug(slug);
        context.decision(IdeaFormat.SUBMIT).orForbid();
        var submission = spam.check(request, result, context.accountId(), "project:" + context.project().id(), "body",
                form.title + "\n" + form.body);
        var id = service.submit(context, form, image, result);
        if (id.isEmpty()) {
            return form(model, context, null, form, FormErrors.of(result, ui));
        }
        submission.record();
        if (context.accountId() == null) {
            return "redirect:" + context.base() + "?hinweis=bestaetigen";
        }
        return "redirect:" + context.base() + "/" + id.get() + "?hinweis="
                + (context.settings().premoderation() ? "wartet" : "gesendet");
    }

    @GetMapping("/{id}/bearbeiten")
    String edit(@PathVariable String slug, @PathVariable long id, Model model) {
        IdeaContext context = contexts.forSlug(slug);
        Idea idea = editable(context, id);
        return form(model, context, idea, IdeaForm.of(idea), FormErrors.none());
    }

    @PostMapping("/{id}/bearbeiten")
    String update(@PathVariable String slug, @PathVariable long id, @Validated @ModelAttribute("form") IdeaForm form,
            BindingResult result, @RequestParam(name = "image", required = false) MultipartFile image,
            @ModelAttribute("ui") Ui ui, Model model) {
        IdeaContext context = contexts.forSlug(slug);
        Idea idea = editable(context, id);
        if (!service.edit(context, idea, form, image, result)) {
            return form(model, context, idea, form, FormErrors.of(result, ui));
        }
        return "redirect:" + context.base() + "/" + id + "?hinweis=geaendert";
    }

    private Idea editable(IdeaContext context, long id) {
        Idea idea = ideaOf(context, id);
        if (!service.mayEdit(context, idea)) {
            throw new de.stadtdialog.shared.web.ForbiddenException(
                    new org.springframework.context.support.DefaultMessageSourceResolvable("idea.edit.closed"));
        }
        return idea;
    }

    private String form(Model model, IdeaContext context, Idea idea, IdeaForm form, FormErrors errors) {
        model.addAttribute("context", context);
        model.addAttribute("idea", idea);
        model.addAttribute("categories", ideas.categories(context.project().id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("areaGeometry", areaGeometry(context));
        return "idea/form";
    }

    @GetMapping("/{id}/zurueckziehen")
    String confirmWithdraw(@PathVariable String slug, @PathVariable long id, @ModelAttribute("ui") Ui ui,
            Model model) {
        IdeaContext context = contexts.forSlug(slug);
        Idea idea = withdrawable(context, id);
        String url = context.base() + "/" + id;
        model.addAttribute("confirmation", new Confirmation(ui.t("idea.withdraw.title"),
                ui.t("idea.withdraw.question", idea.title()), ui.t("idea.withdraw.consequence"),
                url + "/zurueckziehen", url, ui.t("idea.withdraw")));
        return "shared/confirm";
    }

    @PostMapping("/{id}/zurueckziehen")
    String withdraw(@PathVariable String slug, @PathVariable long id, RedirectAttributes redirect) {
        IdeaContext context = contexts.forSlug(slug);
        service.withdraw(withdrawable(context, id));
        redirect.addAttribute("zurueckgezogen", "");
        return "redirect:" + context.base();
    }

    private Idea withdrawable(IdeaContext context, long id) {
        Idea idea = ideaOf(context, id);
        if (!service.mayWithdraw(context, idea)) {
            throw new de.stadtdialog.shared.web.ForbiddenException(
                    new org.springframework.context.support.DefaultMessageSourceResolvable("idea.withdraw.closed"));
        }
        return idea;
    }

    // --- Guests confirm by e-mail ---

    @GetMapping("/bestaetigen/{token}")
    String confirmation(@PathVariable String slug, @PathVariable String token, Model model) {
        IdeaContext context = contexts.forSlug(slug);
        model.addAttribute("context", context);
        model.addAttribute("valid", guests.find(token).isPresent());
        model.addAttribute("token", token);
        return "idea/guest-confirm";
    }

    /** A POST, so that mail scanners that open links do not confirm in the guest's place. */
    @PostMapping("/bestaetigen/{token}")
    String confirm(@PathVariable String slug, @PathVariable String token, Model model) {
        IdeaContext context = contexts.forSlug(slug);
        var confirmed = guests.confirm(token, context.settings().premoderation());
        if (confirmed.isEmpty()) {
            model.addAttribute("context", context);
            model.addAttribute("valid", false);
            model.addAttribute("token", token);
            return "idea/guest-confirm";
        }
        if (context.settings().premoderation()) {
            return "redirect:" + context.base() + "?hinweis=bestaetigt-wartet";
        }
        Long ideaId = confirmed.get().ideaId();
        if (ideaId != null) {
            return "redirect:" + context.base() + "/" + ideaId + "?hinweis=bestaetigt";
        }
        return comments.find(confirmed.get().commentId())
                .map(c -> "redirect:" + context.base() + "/" + c.ideaId() + "?hinweis=kommentiert#kommentar-" + c.id())
                .orElse("redirect:" + context.base());
    }

    // --- The idea page ---

    @GetMapping("/{id}")
    String idea(@PathVariable String slug, @PathVariable long id,
            @RequestParam(name = "kommentare", required = false) String order, Model model) {
        IdeaContext context = contexts.forSlug(slug);
        Idea idea = ideaOf(context, id);
        model.addAttribute("page", page(context, idea, Comment.Order.of(order)));
        model.addAttribute("form", new CommentForm());
        model.addAttribute("errors", FormErrors.none());
        return "idea/idea";
    }

    private IdeaPage page(IdeaContext context, Idea idea, Comment.Order order) {
        IdeaCard card = views.card(context, idea);
        int votesLeft = 0;
        if (context.votePhase() && context.accountId() != null && context.settings().voteLimit() != null) {
            votesLeft = Math.max(0, context.settings().voteLimit()
                    - ideas.votedIdeas(context.project().id(), context.accountId()).size());
        }
        return new IdeaPage(context, card, markdown.render(idea.responseMd(), 3), service.mayEdit(context, idea),
                service.mayWithdraw(context, idea), votesLeft, threads.page(context, idea, order, 0),
                context.settings().places());
    }

    /** An idea of this collection the person may see: published, or their own, or any for the staff. */
    private Idea ideaOf(IdeaContext context, long id) {
        Idea idea = ideas.find(id).filter(i -> i.projectId() == context.project().id())
                .orElseThrow(NotFoundException::new);
        boolean visible = idea.visibility() == Visibility.PUBLISHED
                || (idea.byAuthor(context.accountId()) && idea.visibility() != Visibility.WITHDRAWN)
                || context.canModerate();
        if (!visible) {
            throw new NotFoundException();
        }
        return idea;
    }

    @GetMapping("/{id}/kommentare")
    String moreComments(@PathVariable String slug, @PathVariable long id,
            @RequestParam(name = "sortierung", required = false) String order,
            @RequestParam(name = "seite", defaultValue = "1") int pageNumber,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        IdeaContext context = contexts.forSlug(slug);
        Idea idea = ideaOf(context, id);
        CommentPage comments = threads.page(context, idea, Comment.Order.of(order),
                Math.max(0, Math.min(100_000, pageNumber - 1)));
        model.addAttribute("context", context);
        model.addAttribute("idea", idea);
        model.addAttribute("comments", comments);
        return htmx != null ? "idea/comment-threads" : "idea/comments-page";
    }

    // --- Supporting, rating, voting ---

    @PostMapping("/{id}/bewertung")
    String rate(@PathVariable String slug, @PathVariable long id, @RequestParam("wert") int value,
            @RequestParam(name = "zurueck", required = false) String back) {
        IdeaContext context = contexts.forSlug(slug);
        context.decision(IdeaFormat.RATE).orForbid();
        int rating = context.thumbs() ? Integer.signum(value) : Math.max(0, Integer.signum(value));
        Outcome outcome = service.rate(context, id, rating);
        String notice = switch (outcome) {
            case DONE -> rating == 0 ? "zurueckgenommen" : context.thumbs() ? "bewertet" : "unterstuetzt";
            case ALREADY -> "bereits";
            case NOT_RATED -> "zurueckgenommen";
            case NOT_FOUND -> throw new NotFoundException();
            default -> "bereits";
        };
        return "redirect:" + backTo(context, id, back) + "hinweis=" + notice + "#bewertung-" + id;
    }

    @PostMapping("/{id}/stimme")
    String vote(@PathVariable String slug, @PathVariable long id, @RequestParam("geben") boolean give,
            @RequestParam(name = "zurueck", required = false) String back) {
        IdeaContext context = contexts.forSlug(slug);
        context.decision(IdeaFormat.VOTE).orForbid();
        String notice = switch (service.vote(context, id, give)) {
            case DONE -> give ? "abgestimmt" : "stimme-zurueck";
            case ALREADY -> "bereits";
            case NOT_RATED -> "stimme-zurueck";
            case LIMIT_REACHED -> "limit";
            case NOT_ADMITTED -> "nicht-zugelassen";
            case NOT_FOUND -> throw new NotFoundException();
        };
        return "redirect:" + backTo(context, id, back) + "hinweis=" + notice + "#bewertung-" + id;
    }

    /** Back to the list (with its query) when the button was pressed there, else to the idea. */
    private static String backTo(IdeaContext context, long id, String back) {
        if (back != null && back.startsWith(context.base()) && !back.contains("//") && !back.contains("\\")) {
            return back + (back.contains("?") ? "&" : "?");
        }
        return context.base() + "/" + id + "?";
    }

    // --- Comments ---

    @PostMapping("/{id}/kommentare")
    String comment(@PathVariable String slug, @PathVariable long id,
            @Validated @ModelAttribute("form") CommentForm form, BindingResult result, @ModelAttribute("ui") Ui ui,
            Model model, HttpServletRequest request) {
        IdeaContext context = contexts.forSlug(slug);
        context.decision(IdeaFormat.COMMENT).orForbid();
        Idea idea = ideaOf(context, id);
        if (idea.visibility() != Visibility.PUBLISHED) {
            throw new NotFoundException();
        }
        var submission = spam.check(request, result, context.accountId(), "project:" + context.project().id(), "body",
                form.body);
        var created = service.comment(context, idea, form, result);
        created.ifPresent(ignored -> submission.record());
        if (created.isEmpty()) {
            model.addAttribute("page", page(context, idea, Comment.Order.NEWEST));
            model.addAttribute("form", form);
            model.addAttribute("errors", FormErrors.of(result, ui));
            return "idea/idea";
        }
        if (context.accountId() == null) {
            return "redirect:" + context.base() + "/" + id + "?hinweis=kommentar-bestaetigen#kommentare";
        }
        return "redirect:" + context.base() + "/" + id + "?hinweis="
                + (context.settings().premoderation() ? "kommentar-wartet" : "kommentiert") + "#kommentar-"
                + created.get();
    }

    @PostMapping("/{id}/kommentare/{commentId}/bewertung")
    String rateComment(@PathVariable String slug, @PathVariable long id, @PathVariable long commentId,
            @RequestParam("wert") int value) {
        IdeaContext context = contexts.forSlug(slug);
        if (context.accountId() == null) {
            de.stadtdialog.permission.Decision.deny("idea.guest.account-to-support").orForbid();
        }
        if (!context.may(IdeaFormat.COMMENT)) {
            context.decision(IdeaFormat.RATE).orForbid();
        }
        Outcome outcome = service.rateComment(context, commentId, Integer.signum(value));
        if (outcome == Outcome.NOT_FOUND) {
            throw new NotFoundException();
        }
        return "redirect:" + context.base() + "/" + id + "?hinweis="
                + (outcome == Outcome.ALREADY ? "bereits" : "bewertet") + "#kommentar-" + commentId;
    }
}
