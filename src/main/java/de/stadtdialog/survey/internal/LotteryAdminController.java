package de.stadtdialog.survey.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.ProjectPermissions.PhaseAccess;
import de.stadtdialog.shared.export.CsvTable;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.Ui;
import de.stadtdialog.survey.Lotteries;
import de.stadtdialog.survey.QuestionType;

/**
 * The lottery of an application form in the back office: eligibility rules, the applicants with
 * the reason when one is not eligible, the draw, its annulment, and the result with names as CSV.
 */
@Controller
@RequestMapping("/verwaltung/phasen/{phaseId}/umfrage/losverfahren")
class LotteryAdminController {

    private final ProjectPermissions permissions;
    private final LotteryService lottery;
    private final SurveyRepository surveys;

    LotteryAdminController(ProjectPermissions permissions, LotteryService lottery, SurveyRepository surveys) {
        this.permissions = permissions;
        this.lottery = lottery;
        this.surveys = surveys;
    }

    /** Only staff who manage the survey, and only for an application form. */
    private PhaseAccess manage(long phaseId) {
        PhaseAccess access = permissions.require(phaseId, SurveyFormat.MANAGE);
        lottery.application(phaseId);
        return access;
    }

    private static String base(long phaseId) {
        return "/verwaltung/phasen/" + phaseId + "/umfrage/losverfahren";
    }

    @GetMapping
    String show(@PathVariable long phaseId, @RequestParam(name = "quotenfrage", required = false) Long quotaQuestion,
            @ModelAttribute("ui") Ui ui, Model model) {
        PhaseAccess access = manage(phaseId);
        LotteryDrawForm draw = new LotteryDrawForm();
        draw.quotaQuestion = quotaQuestion;
        return page(model, access, ui, new LotteryRuleForm(), FormErrors.none(), draw, FormErrors.none(), Map.of());
    }

    @PostMapping("/regeln")
    String addRule(@PathVariable long phaseId, @ModelAttribute("rule") LotteryRuleForm form, BindingResult result,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        PhaseAccess access = manage(phaseId);
        if (!result.hasErrors()) {
            add(phaseId, form, result);
        }
        if (result.hasErrors()) {
            return page(model, access, ui, form, FormErrors.of(result, ui), new LotteryDrawForm(), FormErrors.none(),
                    Map.of());
        }
        redirect.addAttribute("gespeichert", "");
        return "redirect:" + base(phaseId) + "#regeln";
    }

    /** Adds the rules the sent form asks for, or rejects the field that does not fit. */
    private void add(long phaseId, LotteryRuleForm form, BindingResult result) {
        switch (form.kind) {
            case "AGE" -> {
                if (form.dateQuestion == null) {
                    result.rejectValue("dateQuestion", "lottery.rules.question");
                } else if (form.minAge == null && form.maxAge == null) {
                    result.rejectValue("minAge", "lottery.rules.age.missing");
                } else if (form.minAge != null && form.maxAge != null && form.minAge > form.maxAge) {
                    result.rejectValue("maxAge", "lottery.rules.age.range");
                } else {
                    if (form.minAge != null) {
                        reject(result, "minAge", lottery.tryAddRule(phaseId, Lotteries.Rule.MIN_AGE,
                                form.dateQuestion, form.minAge));
                    }
                    if (form.maxAge != null && !result.hasErrors()) {
                        reject(result, "maxAge", lottery.tryAddRule(phaseId, Lotteries.Rule.MAX_AGE,
                                form.dateQuestion, form.maxAge));
                    }
                }
            }
            case "ANSWER" -> {
                String[] parts = form.answer == null ? new String[0] : form.answer.split(":");
                if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,4}")) {
                    result.rejectValue("answer", "lottery.rules.question");
                } else {
                    reject(result, "answer", lottery.tryAddRule(phaseId, Lotteries.Rule.ANSWER,
                            Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
                }
            }
            case "NUMBER" -> {
                if (form.numberQuestion == null) {
                    result.rejectValue("numberQuestion", "lottery.rules.question");
                } else if (form.minNumber == null) {
                    result.rejectValue("minNumber", "lottery.rules.amount.min_number");
                } else {
                    reject(result, "minNumber", lottery.tryAddRule(phaseId, Lotteries.Rule.MIN_NUMBER,
                            form.numberQuestion, form.minNumber));
                }
            }
            default -> result.rejectValue("kind", "lottery.rules.question");
        }
    }

    private static void reject(BindingResult result, String field, MessageSourceResolvable problem) {
        if (problem != null) {
            result.addError(new FieldError(result.getObjectName(), field, null, false, problem.getCodes(),
                    problem.getArguments(), problem.getDefaultMessage()));
        }
    }

    @PostMapping("/regeln/{ruleId}/loeschen")
    String deleteRule(@PathVariable long phaseId, @PathVariable long ruleId, RedirectAttributes redirect) {
        manage(phaseId);
        if (lottery.deleteRule(phaseId, ruleId)) {
            redirect.addAttribute("gespeichert", "");
        } else {
            redirect.addAttribute("fehler", "regeln");
        }
        return "redirect:" + base(phaseId) + "#regeln";
    }

    @PostMapping("/ziehung")
    String draw(@PathVariable long phaseId, @ModelAttribute("draw") LotteryDrawForm form, BindingResult result,
            @RequestParam Map<String, String> params, @ModelAttribute("ui") Ui ui, Model model,
            RedirectAttributes redirect) {
        PhaseAccess access = manage(phaseId);
        Map<Integer, Integer> quotas = new HashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.matches("quota-\\d{1,4}")) {
                typed.put(name, value);
                if (!value.isBlank()) {
                    try {
                        quotas.put(Integer.parseInt(name.substring(6)), Integer.parseInt(value.strip()));
                    } catch (NumberFormatException e) {
                        FormErrors.reject(result, name, "lottery.draw.quota.number");
                    }
                }
            }
        });
        if (form.generateSeed && form.seed != null && !form.seed.isBlank()) {
            // an announced seed must not be replaced by a generated one without the initiator noticing
            result.rejectValue("seed", "lottery.draw.seed.both");
        }
        if (form.seats == null && !result.hasFieldErrors("seats")) {
            result.rejectValue("seats", "lottery.draw.seats", new Object[] { LotteryService.MAX_SEATS }, null);
        }
        if (!result.hasErrors()) {
            var outcome = lottery.draw(phaseId, access.actor().accountId(), new LotteryService.Request(form.seats,
                    form.quotaQuestion, quotas, form.generateSeed ? null : form.seed), ui.t("survey.yes"),
                    ui.t("survey.no"));
            if (outcome.drawn()) {
                redirect.addAttribute("gezogen", "");
                return "redirect:" + base(phaseId) + "#ergebnis";
            }
            outcome.problems().forEach((field, problem) -> {
                if ("form".equals(field)) {
                    result.reject(problem.getCodes()[0], problem.getArguments(), problem.getDefaultMessage());
                } else {
                    reject(result, field, problem);
                }
            });
        }
        return page(model, access, ui, new LotteryRuleForm(), FormErrors.none(), form, FormErrors.of(result, ui),
                typed);
    }

    @PostMapping("/ziehungen/{drawId}/annullieren")
    String annul(@PathVariable long phaseId, @PathVariable long drawId,
            @RequestParam(name = "grund", defaultValue = "") String reason, RedirectAttributes redirect) {
        PhaseAccess access = manage(phaseId);
        if (lottery.annul(phaseId, drawId, access.actor().accountId(), reason)) {
            redirect.addAttribute("annulliert", "");
            return "redirect:" + base(phaseId);
        }
        redirect.addAttribute("fehler", "grund");
        return "redirect:" + base(phaseId) + "#annullieren";
    }

    /** The draw in force with names and every answer, for the people who invite the drawn. */
    @GetMapping("/ergebnis.csv")
    void csv(@PathVariable long phaseId, @ModelAttribute("ui") Ui ui, HttpServletResponse response)
            throws IOException {
        manage(phaseId);
        LotteryDraw.Details draw = lottery.draws(phaseId).stream().filter(d -> d.draw().inForce()).findFirst()
                .orElseThrow(de.stadtdialog.shared.web.NotFoundException::new);
        List<Question> questions = surveys.questions(phaseId).stream().filter(q -> q.type().answerable()).toList();
        Map<Long, LotteryService.Applicant> applicants = lottery.applicants(phaseId, draw.draw().drawDate()).stream()
                .collect(Collectors.toMap(LotteryService.Applicant::number, Function.identity()));
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"losverfahren-" + phaseId + ".csv\"");
        CsvTable table = new CsvTable(response.getOutputStream());
        List<Object> header = new ArrayList<>(List.of("platz", "bewerbungsnummer", "ergebnis", "quote", "gruppe",
                "person"));
        questions.forEach(q -> header.add(q.title()));
        table.row(header);
        for (LotteryDraw.Entry entry : draw.entries()) {
            LotteryService.Applicant applicant = applicants.get(entry.responseId());
            List<Object> row = new ArrayList<>(List.of(entry.place(), entry.responseId(),
                    entry.seat() ? "sitz" : "warteliste", entry.byQuota() ? "ja" : "nein",
                    draw.quotaText(entry.quotaGroup())));
            row.add(applicant == null ? null : person(applicant, questions, ui));
            for (Question q : questions) {
                row.add(applicant == null ? null : answer(q, applicant.answers(), ui));
            }
            table.row(row);
        }
        table.finish();
    }

    private String page(Model model, PhaseAccess access, Ui ui, LotteryRuleForm rule, FormErrors ruleErrors,
            LotteryDrawForm draw, FormErrors drawErrors, Map<String, String> quotas) {
        long phaseId = access.phase().id();
        List<Question> questions = surveys.questions(phaseId);
        List<LotteryAdminPage.RuleLine> ruleLines = lottery.ruleDescriptions(phaseId).entrySet().stream()
                .map(line -> new LotteryAdminPage.RuleLine(line.getKey(), ui.t(line.getValue()))).toList();
        List<LotteryAdminPage.Choice> answerChoices = new ArrayList<>();
        for (Question q : questions) {
            if (Eligibility.answerable(q.type())) {
                List<String> options = LotteryService.options(q, ui.t("survey.yes"), ui.t("survey.no"));
                for (int i = 0; i < options.size(); i++) {
                    answerChoices.add(new LotteryAdminPage.Choice(q.id() + ":" + i,
                            ui.t("lottery.rules.answer.option", q.title(), options.get(i))));
                }
            }
        }
        List<LotteryDraw.Details> draws = lottery.draws(phaseId);
        LotteryDraw.Details current = draws.stream().filter(d -> d.draw().inForce()).findFirst().orElse(null);
        List<LotteryService.Applicant> applicants = lottery.applicants(phaseId,
                current == null ? lottery.today() : current.draw().drawDate());
        Map<Long, LotteryAdminPage.ApplicantLine> byNumber = new LinkedHashMap<>();
        for (LotteryService.Applicant applicant : applicants) {
            byNumber.put(applicant.number(), new LotteryAdminPage.ApplicantLine(applicant.number(),
                    person(applicant, questions, ui), applicant.eligible(),
                    applicant.problems().stream().map(ui::t).toList(),
                    questions.stream().filter(q -> q.type().answerable())
                            .map(q -> new LotteryAdminPage.AnswerLine(q.title(), answer(q, applicant.answers(), ui)))
                            .filter(line -> line.answer() != null).toList()));
        }
        Question quotaQuestion = draw.quotaQuestion == null ? null : questions.stream()
                .filter(q -> q.id() == draw.quotaQuestion && Eligibility.groups(q.type())).findFirst().orElse(null);
        MessageSourceResolvable blocked = lottery.drawBlocked(phaseId);
        model.addAttribute("page", new LotteryAdminPage(access.project(), access.phase(), lottery.today(), ruleLines,
                current != null, questions.stream().filter(q -> q.type() == QuestionType.DATE).toList(),
                answerChoices, questions.stream().filter(q -> q.type() == QuestionType.NUMBER).toList(),
                questions.stream().filter(q -> Eligibility.groups(q.type())).toList(),
                new ArrayList<>(byNumber.values()), blocked == null ? null : ui.t(blocked), quotaQuestion,
                quotaQuestion == null ? List.of() : LotteryService.options(quotaQuestion, ui.t("survey.yes"),
                        ui.t("survey.no")),
                current, draws.stream().filter(d -> !d.draw().inForce()).toList(), byNumber));
        model.addAttribute("rule", rule);
        model.addAttribute("ruleErrors", ruleErrors);
        model.addAttribute("draw", draw);
        model.addAttribute("drawErrors", drawErrors);
        model.addAttribute("quotas", quotas);
        return "survey/lottery-admin";
    }

    /**
     * Who applied: the name given in the form's first short-text question (application forms ask for it
     * first), with the account's name or the note that it came on paper.
     */
    private static String person(LotteryService.Applicant applicant, List<Question> questions, Ui ui) {
        String account = applicant.name() != null ? applicant.name() : ui.t("lottery.applicant.paper");
        return questions.stream().filter(q -> q.type() == QuestionType.SHORT_TEXT)
                .map(q -> answer(q, applicant.answers(), ui)).filter(java.util.Objects::nonNull).findFirst()
                .map(given -> ui.t("lottery.applicant.person", given, account)).orElse(account);
    }

    /** An answer in words, as the export writes it; null when the question was not answered. */
    static String answer(Question q, List<Answer> answers, Ui ui) {
        List<Answer> mine = answers.stream().filter(a -> a.questionId() == q.id()).toList();
        if (mine.isEmpty()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        for (Answer a : mine) {
            if (a.textValue() != null && (a.choice() == null || a.choice() == Question.OTHER)) {
                words.add(a.textValue());
            } else if (a.choice() != null) {
                words.add(switch (q.type()) {
                    case YES_NO -> ui.t(a.choice() == Question.YES ? "survey.yes" : "survey.no");
                    case CONSENT -> ui.t("survey.yes");
                    default -> a.choice() >= 0 && a.choice() < q.optionList().size() ? q.optionList().get(a.choice())
                            : String.valueOf(a.choice());
                });
            } else if (a.numberValue() != null) {
                double n = a.numberValue();
                words.add(n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n));
            }
        }
        return String.join(", ", words);
    }
}
