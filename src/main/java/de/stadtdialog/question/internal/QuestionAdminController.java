package de.stadtdialog.question.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.moderation.ModerationLog;
import de.stadtdialog.permission.Decision;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.ForbiddenException;
import de.stadtdialog.shared.web.NotFoundException;

/**
 * Moderating a Q&A phase (release, hide with a reason, shortlist, the stage) and, for its
 * initiators, naming its experts and categories.
 */
@Controller
@RequestMapping("/verwaltung/phasen/{phaseId}/fragen")
class QuestionAdminController {

    /** What the moderator acts on next comes first: the stage, the shortlist, then questions waiting for release. */
    private static final Comparator<QuestionCard> MODERATION_ORDER = Comparator
            .comparing((QuestionCard card) -> !card.onStage())
            .thenComparing(card -> !card.question().shortlisted())
            .thenComparing(card -> card.question().state() != QuestionState.PENDING)
            .thenComparing(card -> card.question().state() == QuestionState.HIDDEN);

    private final Projects projects;
    private final QuestionContexts contexts;
    private final QuestionViews views;
    private final QuestionService service;
    private final QuestionRepository questions;
    private final Accounts accounts;
    private final ModerationLog moderationLog;

    QuestionAdminController(Projects projects, QuestionContexts contexts, QuestionViews views,
            QuestionService service, QuestionRepository questions, Accounts accounts, ModerationLog moderationLog) {
        this.moderationLog = moderationLog;
        this.projects = projects;
        this.contexts = contexts;
        this.views = views;
        this.service = service;
        this.questions = questions;
        this.accounts = accounts;
    }

    @GetMapping
    String page(@PathVariable long phaseId, @RequestParam Optional<Long> ausblenden, Model model) {
        QuestionPhase context = moderator(phaseId);
        model.addAttribute("context", context);
        model.addAttribute("questions", views.all(context).stream().sorted(MODERATION_ORDER).toList());
        model.addAttribute("stage", views.onStage(context).orElse(null));
        model.addAttribute("hideError", ausblenden.orElse(0L));
        model.addAttribute("experts", questions.experts(phaseId).stream()
                .map(e -> new ExpertView(e.accountId(), accounts.displayName(e.accountId()), e.role())).toList());
        model.addAttribute("categories", String.join("\n", questions.categories(phaseId)));
        return "question/admin";
    }

    @PostMapping("/{questionId}/freigeben")
    String release(@PathVariable long phaseId, @PathVariable long questionId) {
        moderator(phaseId);
        moderationLog.released(QuestionModeration.KIND, own(phaseId, questionId));
        service.release(questionId);
        return back(phaseId, questionId);
    }

    @PostMapping("/{questionId}/ausblenden")
    String hide(@PathVariable long phaseId, @PathVariable long questionId,
            @RequestParam(defaultValue = "") String reason) {
        moderator(phaseId);
        if (reason.isBlank()) {
            return "redirect:/verwaltung/phasen/" + phaseId + "/fragen?ausblenden=" + questionId + "#grund-"
                    + questionId;
        }
        service.hide(own(phaseId, questionId), reason);
        moderationLog.hidden(QuestionModeration.KIND, questionId, reason.trim());
        return back(phaseId, questionId);
    }

    @PostMapping("/{questionId}/auswahl")
    String shortlist(@PathVariable long phaseId, @PathVariable long questionId, @RequestParam boolean value) {
        moderator(phaseId);
        service.shortlist(own(phaseId, questionId), value);
        return back(phaseId, questionId);
    }

    @PostMapping("/{questionId}/buehne")
    String onStage(@PathVariable long phaseId, @PathVariable long questionId) {
        moderator(phaseId);
        service.putOnStage(own(phaseId, questionId));
        return back(phaseId, questionId);
    }

    @PostMapping("/buehne/leeren")
    String clearStage(@PathVariable long phaseId) {
        moderator(phaseId);
        service.clearStage(phaseId);
        return "redirect:/verwaltung/phasen/" + phaseId + "/fragen";
    }

    @PostMapping("/{questionId}/beantwortet")
    String answeredOnStage(@PathVariable long phaseId, @PathVariable long questionId) {
        moderator(phaseId);
        service.answeredOnStage(own(phaseId, questionId));
        return back(phaseId, questionId);
    }

    @PostMapping("/experten")
    String nameExpert(@PathVariable long phaseId, @RequestParam(defaultValue = "") String login,
            @RequestParam(defaultValue = "") String role) {
        manager(phaseId);
        Optional<Long> account = accounts.findActiveIdByLogin(login.trim());
        if (account.isEmpty() || role.isBlank()) {
            return "redirect:/verwaltung/phasen/" + phaseId + "/fragen?fehler="
                    + (account.isEmpty() ? "unbekannt" : "rolle") + "#experten";
        }
        service.nameExpert(phaseId, account.get(), role.length() > 160 ? role.substring(0, 160) : role);
        return "redirect:/verwaltung/phasen/" + phaseId + "/fragen?benannt#experten";
    }

    @PostMapping("/experten/{accountId}/entfernen")
    String removeExpert(@PathVariable long phaseId, @PathVariable long accountId) {
        manager(phaseId);
        service.removeExpert(phaseId, accountId);
        return "redirect:/verwaltung/phasen/" + phaseId + "/fragen#experten";
    }

    @PostMapping("/kategorien")
    String categories(@PathVariable long phaseId, @RequestParam(defaultValue = "") String categories) {
        manager(phaseId);
        service.categories(phaseId, Arrays.stream(categories.split("\\R"))
                .map(name -> name.length() > 80 ? name.substring(0, 80) : name).toList());
        return "redirect:/verwaltung/phasen/" + phaseId + "/fragen?gespeichert#kategorien";
    }

    private QuestionPhase moderator(long phaseId) {
        QuestionPhase context = context(phaseId);
        if (!context.moderate()) {
            throw new ForbiddenException(Decision.deny("permission.role-missing").reason());
        }
        return context;
    }

    private void manager(long phaseId) {
        context(phaseId).decision(QuestionFormat.MANAGE).orForbid();
    }

    private QuestionPhase context(long phaseId) {
        var phase = projects.findPhase(phaseId).filter(p -> QuestionFormat.KEY.equals(p.formatKey()))
                .orElseThrow(NotFoundException::new);
        return contexts.forPhase(phase);
    }

    private long own(long phaseId, long questionId) {
        return questions.find(questionId).filter(q -> q.phaseId() == phaseId).map(Question::id)
                .orElseThrow(NotFoundException::new);
    }

    private static String back(long phaseId, long questionId) {
        return "redirect:/verwaltung/phasen/" + phaseId + "/fragen#frage-" + questionId;
    }
}
