package de.stadtdialog.survey.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

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
    private final FormRepository forms;
    private final ResultsPages resultsPages;
    private final gg.jte.TemplateEngine templates;
    private final de.stadtdialog.shared.spam.SpamGuard spam;

    SurveyController(Projects projects, ProjectPermissions permissions, SurveyRepository surveys,
            SurveyService service, SurveyResults results, Markdown markdown, Accounts accounts, Mailer mailer,
            GuestResponses guests, FormRepository forms, ResultsPages resultsPages, gg.jte.TemplateEngine templates, de.stadtdialog.shared.spam.SpamGuard spam) {
        this.spam = spam;
        this.forms = forms;
        this.resultsPages = resultsPages;
        this.templates = templates;
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
    String form(@PathVariable long phaseId, @ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request) {
        Access access = access(phaseId);
        Map<String, List<String>> values = Map.of();
        int current = 0;
        boolean answered = false;
        if (access.actor().loggedIn()) {
            values = service.saved(phaseId, access.actor().accountId());
            answered = !values.isEmpty();
            var draft = answered ? java.util.Optional.<FormRepository.Draft>empty()
                    : forms.draft(phaseId, access.actor().accountId());
            if (draft.isPresent()) {
                values = fromJson(draft.get().answers());
                current = draft.get().page();
                model.addAttribute("notice", ui.t("survey.draft.loaded", ui.dateTime(draft.get().savedAt())));
            }
        } else if (access.survey().guestMode() == Survey.GuestMode.BROWSER
                && guests.answeredFrom(phaseId, browserToken(request))) {
            // say so before someone fills in three pages, not only when they send them
            model.addAttribute("info", ui.t("survey.guest.already"));
        }
        model.addAttribute("page", page(access, values, Map.of(), answered, current, null));
        return "survey/form";
    }

    /**
     * One button of the form: to the next or previous page (answers of the page are checked when going on),
     * saving a draft (accounts), or sending the whole form.
     */
    @PostMapping
    String submit(@PathVariable long phaseId, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "aktion", defaultValue = "absenden") String action,
            @RequestParam(name = "seite", defaultValue = "0") int current,
            @ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request, HttpServletResponse response) {
        Access access = access(phaseId);
        if (access.decision().denied()) {
            // e.g. the survey ended while the person was typing: say why, and keep what they typed on the page
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("page", page(access, params, Map.of("form", ui.t(access.decision().reason())), false,
                    current, null));
            return "survey/form";
        }
        boolean answered = access.actor().loggedIn() && surveys.responseOf(phaseId, access.actor().accountId())
                .isPresent();
        switch (action) {
            case "weiter", "zurueck", "speichern" -> {
                SurveyAnswers.Reading reading = SurveyAnswers.read(surveys.questions(phaseId), params, area(access));
                SurveyPage page = page(access, params, Map.of(), answered, current, reading);
                if ("speichern".equals(action) && access.actor().loggedIn() && !answered) {
                    String draft = toJson(params);
                    if (draft.length() > FormRepository.DRAFT_MAX) {
                        model.addAttribute("page", page(access, params, Map.of("form", ui.t("survey.draft.too-long")),
                                answered, current, reading));
                        return "survey/form";
                    }
                    service.saveDraft(phaseId, access.actor().accountId(), draft, page.current());
                    model.addAttribute("notice", ui.t("survey.draft.saved"));
                    model.addAttribute("page", page);
                    return "survey/form";
                }
                if ("zurueck".equals(action)) {
                    model.addAttribute("page", page(access, params, Map.of(), answered,
                            FormPage.previous(page.pages(), page.current(), reading.shown()), reading));
                    return "survey/form";
                }
                Map<String, String> problems = new LinkedHashMap<>();
                page.pageQuestions().forEach(q -> {
                    if (reading.problems().containsKey(q.field())) {
                        problems.put(q.field(), ui.t(reading.problems().get(q.field())));
                    }
                });
                int next = FormPage.next(page.pages(), page.current(), reading.shown());
                model.addAttribute("page", page(access, params, problems, answered,
                        problems.isEmpty() && next >= 0 ? next : page.current(), reading));
                return "survey/form";
            }
            default -> {
            }
        }
        if (!access.actor().loggedIn()) {
            return guest(access, params, ui, model, request, response);
        }
        var outcome = service.respond(access.survey(), access.actor().accountId(), params, area(access));
        if (outcome.stored()) {
            confirm(access, ui, outcome.responseId());
            return "redirect:/umfragen/" + phaseId + "/danke" + (outcome.receipt() == null ? ""
                    : "?beleg=" + outcome.receipt());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        outcome.reading().problems().forEach((field, problem) -> problems.put(field, ui.t(problem)));
        if (outcome.alreadyAnswered()) {
            problems.put("form", ui.t("survey.already-answered"));
        }
        model.addAttribute("page", page(access, params, problems, true,
                FormPage.firstWithProblem(FormPage.split(surveys.questions(phaseId), true), problems.keySet()),
                outcome.reading()));
        return "survey/form";
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper
            .builder().build();

    /** A draft keeps the typed values of every question, without the form's own fields. */
    private static String toJson(Map<String, List<String>> params) {
        Map<String, List<String>> values = new java.util.TreeMap<>();
        params.forEach((name, list) -> {
            if (name.matches("q\\d+(-.*)?")) {
                values.put(name, list);
            }
        });
        return JSON.writeValueAsString(values);
    }

    private static Map<String, List<String>> fromJson(String json) {
        return JSON.readValue(json, new tools.jackson.core.type.TypeReference<Map<String, List<String>>>() {
        });
    }

    private static de.stadtdialog.shared.geo.GeoArea area(Access access) {
        return de.stadtdialog.shared.geo.GeoArea.parse(access.project().areaGeojson()).orElse(null);
    }

    /** The cookie that tells a browser's second response from a first, in the browser guest mode. */
    static final String BROWSER_COOKIE = "stadtdialog-umfrage";

    private static String browserToken(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (BROWSER_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private String guest(Access access, Map<String, List<String>> params, Ui ui, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        long phaseId = access.phase().id();
        if (spam.honeypotFilled(request)) {
            model.addAttribute("page", page(access, params, Map.of("form", ui.t("spam.honeypot")), false, 0, null));
            return "survey/form";
        }
        var outcome = guests.respond(access.survey(), params, browserToken(request), request.getRemoteAddr(),
                area(access));
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
            if (access.survey().guestMode() == Survey.GuestMode.KIOSK) {
                return "redirect:/umfragen/" + phaseId + "?naechste=";
            }
            return "redirect:/umfragen/" + phaseId + "/danke" + (outcome.receipt() == null ? ""
                    : "?beleg=" + outcome.receipt());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        outcome.problems().forEach((field, problem) -> problems.put(field, ui.t(problem)));
        model.addAttribute("page", page(access, params, problems, false,
                FormPage.firstWithProblem(FormPage.split(surveys.questions(phaseId), true), problems.keySet()), null));
        return "survey/form";
    }

    /** A confirmation by mail, with the date until which the answers can still be changed. */
    private void confirm(Access access, Ui ui, long responseId) {
        // an applicant finds the number again in the mail, and under it the result of the lottery
        String number = access.survey().purpose() != Survey.Purpose.APPLICATION ? ""
                : "\n\n" + ui.t("survey.application.received", responseId);
        accounts.activeEmail(access.actor().accountId()).ifPresent(email -> mailer.send(email,
                ui.t("survey.mail.subject", ui.settings().name(), access.phase().title()),
                ui.t(access.survey().editable() ? "survey.mail.body.editable" : "survey.mail.body",
                        ui.settings().name(), access.project().title(), access.phase().title(),
                        ui.settings().baseUrl() + "/umfragen/" + access.phase().id(), access.phase().endsOn())
                        + number));
    }

    private List<QuizSolution> solutions(long phaseId, long responseId, Ui ui) {
        List<Answer> answers = surveys.answers(responseId);
        List<QuizSolution> solutions = new java.util.ArrayList<>();
        for (Question q : surveys.questions(phaseId)) {
            if (!q.graded()) {
                continue;
            }
            List<String> labels = q.labels(ui.t("survey.yes"), ui.t("survey.no"));
            java.util.Set<Integer> given = new java.util.TreeSet<>();
            answers.stream().filter(a -> a.questionId() == q.id() && a.choice() != null && a.choice() >= 0)
                    .forEach(a -> given.add(a.choice()));
            solutions.add(new QuizSolution(q, given.stream().filter(i -> i < labels.size()).map(labels::get).toList(),
                    q.correctOptions().stream().filter(i -> i < labels.size()).map(labels::get).toList(),
                    given.equals(q.correctOptions())));
        }
        return solutions;
    }

    @GetMapping("/danke")
    String thanks(@PathVariable long phaseId, @RequestParam(name = "beleg", required = false) String receipt,
            @ModelAttribute("ui") Ui ui, Model model) {
        Access access = access(phaseId);
        var found = receipt == null || receipt.isBlank() ? java.util.Optional.<Receipt>empty()
                : forms.receipt(phaseId, GuestResponses.hash(receipt));
        model.addAttribute("receipt", found.orElse(null));
        model.addAttribute("solutions", found.filter(r -> access.survey().purpose() == Survey.Purpose.QUIZ)
                .map(r -> solutions(phaseId, r.id(), ui)).orElse(List.of()));
        model.addAttribute("project", access.project());
        model.addAttribute("phase", access.phase());
        model.addAttribute("survey", access.survey());
        model.addAttribute("resultsVisible", resultsVisible(access));
        return "survey/thanks";
    }

    @GetMapping("/ergebnisse")
    org.springframework.http.ResponseEntity<byte[]> results(@PathVariable long phaseId,
            @RequestParam(name = "kanal", required = false) String channel,
            @RequestParam(name = "nach", required = false) Long by, @ModelAttribute("ui") Ui ui, Model model,
            HttpServletRequest request) {
        Access access = access(phaseId);
        if (!resultsVisible(access)) {
            throw new de.stadtdialog.shared.web.ForbiddenException(
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            access.survey().purpose() == Survey.Purpose.APPLICATION ? "survey.results.application"
                                    : access.survey().results() == Survey.Results.PRIVATE ? "survey.results.private"
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
        List<Question> breakdowns = surveys.questions(phaseId).stream().filter(SurveyResults::breaksDown).toList();
        Long chosenBy = by != null && breakdowns.stream().anyMatch(q -> q.id() == by) ? by : null;
        List<QuestionResult> counted = results.results(phaseId, chosen, chosenBy, ui.t("survey.yes"),
                ui.t("survey.no"));
        model.addAttribute("results", counted);
        // counted with the results, so a big survey's page does not count its responses on every request
        var totals = results.totals(phaseId, ui.t("survey.yes"), ui.t("survey.no"));
        model.addAttribute("responses", totals.responses());
        model.addAttribute("perChannel", totals.perChannel());
        model.addAttribute("participation", totals.participation());
        model.addAttribute("survey", access.survey());
        model.addAttribute("staff", staff(access));
        model.addAttribute("reviewTexts", counted.stream().anyMatch(QuestionResult::freeText) && permissions
                .decide(access.actor(), access.project(), access.phase(), SurveyFormat.MANAGE).allowed());
        model.addAttribute("breakdowns", breakdowns);
        model.addAttribute("by", chosenBy);
        model.addAttribute("graded", counted.stream().filter(r -> r.question().graded()).count());
        model.addAttribute("hardest", counted.stream().filter(r -> r.correctShare() != null)
                .sorted(java.util.Comparator.comparing(QuestionResult::correctShare)).toList());
        Supplier<String> render = () -> {
            gg.jte.output.StringOutput html = new gg.jte.output.StringOutput(32 * 1024);
            templates.render("survey/results.jte", model.asMap(), html);
            return html.toString();
        };
        var html = org.springframework.http.ResponseEntity.ok()
                .contentType(new org.springframework.http.MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8));
        // what visitors without an account see is the same for all of them until the count changes
        ResultsPages.Page kept = access.actor().loggedIn() ? null
                : resultsPages.page(phaseId, request.getQueryString(), ui.lang(), counted, totals, render);
        if (kept == null) {
            return html.body(render.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        // the page cache in front compresses it once (shared.web.cache)
        return html.body(kept.html());
    }

    /** The project's staff, who see results always and every free text. */
    private boolean staff(Access access) {
        return permissions.decide(access.actor(), CoreAction.MODERATE, access.project()).allowed();
    }

    /** Staff see results always; the public as the survey says. */
    boolean resultsVisible(Access access) {
        return staff(access) || access.survey().publicResults(access.phase().stateOn(permissions.today()));
    }

    SurveyPage page(Access access, Map<String, List<String>> values, Map<String, String> problems, boolean answered,
            int current, SurveyAnswers.Reading reading) {
        long phaseId = access.phase().id();
        List<Question> questions = surveys.questions(phaseId);
        if (reading == null) {
            reading = SurveyAnswers.read(questions, values, null);
        }
        List<FormPage> pages = FormPage.split(questions, true);
        return new SurveyPage(access.project(), access.phase(), access.survey(),
                markdown.render(access.survey().introMd(), 2), questions, values, problems, access.decision(), answered,
                "/umfragen/" + phaseId, pages, Math.max(0, Math.min(current, pages.size() - 1)), reading.shown(),
                seed(values), forms.images(phaseId), area(access) == null ? null : access.project().areaGeojson(),
                access.actor().loggedIn() && !answered);
    }

    /** The order of shuffled options, chosen once per filling-in and sent along with the form. */
    static long seed(Map<String, List<String>> values) {
        List<String> seed = values.get("mischung");
        try {
            return seed == null || seed.isEmpty() ? new java.security.SecureRandom().nextLong()
                    : Long.parseLong(seed.get(0));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
