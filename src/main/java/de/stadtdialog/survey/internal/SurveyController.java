package de.stadtdialog.survey.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.permission.Decision;
import de.stadtdialog.permission.PhaseState;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.mail.Mailer;
import de.stadtdialog.shared.markdown.Markdown;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/** Taking part in a survey, and its results. */
@Controller
@RequestMapping("/umfragen/{phaseId}")
class SurveyController {

    private final Projects projects;
    private final ProjectPermissions permissions;
    private final SurveyRepository surveys;
    private final SurveyService service;
    private final SurveyResults results;
    private final Markdown markdown;
    private final Accounts accounts;
    private final Mailer mailer;
    private final GuestResponses guests;

    SurveyController(Projects projects, ProjectPermissions permissions, SurveyRepository surveys,
            SurveyService service, SurveyResults results, Markdown markdown, Accounts accounts, Mailer mailer,
            GuestResponses guests) {
        this.guests = guests;
        this.accounts = accounts;
        this.mailer = mailer;
        this.projects = projects;
        this.permissions = permissions;
        this.surveys = surveys;
        this.service = service;
        this.results = results;
        this.markdown = markdown;
    }

    record Access(Project project, Phase phase, Survey survey, Actor actor, Decision decision) {
    }

    /** A survey phase of a project the person may see; 404 otherwise. */
    Access access(long phaseId) {
        Phase phase = projects.findPhase(phaseId).filter(p -> SurveyFormat.KEY.equals(p.formatKey()))
                .orElseThrow(NotFoundException::new);
        Project project = projects.find(phase.projectId()).orElseThrow(NotFoundException::new);
        Actor actor = permissions.currentActor();
        if (permissions.decide(actor, CoreAction.VIEW, project).denied()) {
            throw new NotFoundException();
        }
        return new Access(project, phase, surveys.ensured(phaseId), actor,
                permissions.decide(actor, project, phase, SurveyFormat.RESPOND));
    }

    @GetMapping
    String form(@PathVariable long phaseId, Model model) {
        Access access = access(phaseId);
        Map<String, List<String>> saved = access.actor().loggedIn()
                ? service.saved(phaseId, access.actor().accountId()) : Map.of();
        model.addAttribute("page", page(access, saved, Map.of(), !saved.isEmpty()));
        return "survey/form";
    }

    @PostMapping
    String submit(@PathVariable long phaseId, @RequestParam MultiValueMap<String, String> params,
            @ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request, HttpServletResponse response) {
        Access access = access(phaseId);
        access.decision().orForbid();
        if (!access.actor().loggedIn()) {
            return guest(access, params, ui, model, request, response);
        }
        var outcome = service.respond(access.survey(), access.actor().accountId(), params);
        if (outcome.stored()) {
            confirm(access, ui);
            return "redirect:/umfragen/" + phaseId + "/danke";
        }
        Map<String, String> problems = new LinkedHashMap<>();
        outcome.reading().problems().forEach((field, problem) -> problems.put(field, ui.t(problem)));
        if (outcome.alreadyAnswered()) {
            problems.put("form", ui.t("survey.already-answered"));
        }
        model.addAttribute("page", page(access, params, problems, true));
        return "survey/form";
    }

    /** The cookie that tells a browser's second response from a first, in the browser guest mode. */
    static final String BROWSER_COOKIE = "stadtdialog-umfrage";

    private String guest(Access access, Map<String, List<String>> params, Ui ui, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        long phaseId = access.phase().id();
        String token = null;
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (BROWSER_COOKIE.equals(cookie.getName())) {
                    token = cookie.getValue();
                }
            }
        }
        var outcome = guests.respond(access.survey(), params, token, request.getRemoteAddr());
        if (outcome.stored()) {
            if (outcome.browserToken() != null) {
                jakarta.servlet.http.Cookie cookie = new jakarta.servlet.http.Cookie(BROWSER_COOKIE,
                        outcome.browserToken());
                cookie.setPath("/umfragen/" + phaseId);
                cookie.setHttpOnly(true);
                cookie.setMaxAge((int) java.time.Duration.ofDays(400).toSeconds());
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
            }
            // at a kiosk the form starts empty again for the next person
            return access.survey().guestMode() == Survey.GuestMode.KIOSK ? "redirect:/umfragen/" + phaseId
                    + "?naechste=" : "redirect:/umfragen/" + phaseId + "/danke";
        }
        Map<String, String> problems = new LinkedHashMap<>();
        outcome.problems().forEach((field, problem) -> problems.put(field, ui.t(problem)));
        model.addAttribute("page", page(access, params, problems, false));
        return "survey/form";
    }

    /** A confirmation by mail, with the date until which the answers can still be changed. */
    private void confirm(Access access, Ui ui) {
        accounts.activeEmail(access.actor().accountId()).ifPresent(email -> mailer.send(email,
                ui.t("survey.mail.subject", ui.settings().name(), access.phase().title()),
                ui.t(access.survey().editable() ? "survey.mail.body.editable" : "survey.mail.body",
                        ui.settings().name(), access.project().title(), access.phase().title(),
                        ui.settings().baseUrl() + "/umfragen/" + access.phase().id(), access.phase().endsOn())));
    }

    @GetMapping("/danke")
    String thanks(@PathVariable long phaseId, Model model) {
        Access access = access(phaseId);
        model.addAttribute("project", access.project());
        model.addAttribute("phase", access.phase());
        model.addAttribute("survey", access.survey());
        model.addAttribute("resultsVisible", resultsVisible(access));
        return "survey/thanks";
    }

    @GetMapping("/ergebnisse")
    String results(@PathVariable long phaseId, @RequestParam(name = "kanal", required = false) String channel,
            @ModelAttribute("ui") Ui ui, Model model) {
        Access access = access(phaseId);
        if (!resultsVisible(access)) {
            throw new de.stadtdialog.shared.web.ForbiddenException(
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            access.survey().results() == Survey.Results.PRIVATE ? "survey.results.private"
                                    : "survey.results.after-end"));
        }
        String chosen = channel == null ? null : switch (channel) {
            case "online" -> "ONLINE";
            case "papier" -> "PAPER";
            case "kiosk" -> "KIOSK";
            default -> null;
        };
        model.addAttribute("project", access.project());
        model.addAttribute("phase", access.phase());
        model.addAttribute("channel", chosen == null ? "" : channel);
        model.addAttribute("results", results.results(phaseId, chosen, ui.t("survey.yes"), ui.t("survey.no")));
        // counted with the results, so a big survey's page does not count its responses on every request
        var totals = results.totals(phaseId, ui.t("survey.yes"), ui.t("survey.no"));
        model.addAttribute("responses", totals.responses());
        model.addAttribute("perChannel", totals.perChannel());
        return "survey/results";
    }

    /** Staff see results always; the public as the survey says. */
    boolean resultsVisible(Access access) {
        if (permissions.decide(access.actor(), CoreAction.MODERATE, access.project()).allowed()) {
            return true;
        }
        return switch (access.survey().results()) {
            case LIVE -> true;
            case AFTER_END -> access.phase().stateOn(permissions.today()) == PhaseState.PAST;
            case PRIVATE -> false;
        };
    }

    SurveyPage page(Access access, Map<String, List<String>> values, Map<String, String> problems, boolean answered) {
        return new SurveyPage(access.project(), access.phase(), access.survey(),
                markdown.render(access.survey().introMd(), 2), surveys.questions(access.phase().id()), values,
                problems, access.decision(), answered, "/umfragen/" + access.phase().id());
    }
}
