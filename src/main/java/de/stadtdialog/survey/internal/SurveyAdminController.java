package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.QuestionType;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.ProjectPermissions.PhaseAccess;
import de.stadtdialog.shared.markdown.Markdown;
import de.stadtdialog.shared.text.Texts;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.shared.web.NotFoundException;
import de.stadtdialog.shared.web.Ui;

/**
 * Building a survey: settings, questions with conditions, and paper questionnaires typed in by
 * staff. Once responses exist the structure is locked; wording stays editable.
 */
@Controller
@RequestMapping("/verwaltung/phasen/{phaseId}/umfrage")
class SurveyAdminController {

    private final ProjectPermissions permissions;
    private final SurveyRepository surveys;
    private final SurveyService service;
    private final Markdown markdown;
    private final GuestResponses guests;

    SurveyAdminController(ProjectPermissions permissions, SurveyRepository surveys, SurveyService service,
            Markdown markdown, GuestResponses guests) {
        this.guests = guests;
        this.permissions = permissions;
        this.surveys = surveys;
        this.service = service;
        this.markdown = markdown;
    }

    private PhaseAccess manage(long phaseId) {
        PhaseAccess access = permissions.require(phaseId, SurveyFormat.MANAGE);
        surveys.ensure(phaseId);
        return access;
    }

    private String base(long phaseId) {
        return "/verwaltung/phasen/" + phaseId + "/umfrage";
    }

    @GetMapping
    String setup(@PathVariable long phaseId, Model model) {
        PhaseAccess access = manage(phaseId);
        Survey survey = surveys.survey(phaseId).orElseThrow();
        SurveySettingsForm settings = new SurveySettingsForm();
        settings.introMd = survey.introMd() == null ? "" : survey.introMd();
        settings.results = survey.results();
        settings.editable = survey.editable();
        settings.guestMode = survey.guestMode();
        return page(model, access, settings, FormErrors.none(), new QuestionForm(), FormErrors.none());
    }

    @PostMapping("/einstellungen")
    String saveSettings(@PathVariable long phaseId, @Validated @ModelAttribute("settings") SurveySettingsForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        PhaseAccess access = manage(phaseId);
        if (result.hasErrors()) {
            return page(model, access, form, FormErrors.of(result, ui), new QuestionForm(), FormErrors.none());
        }
        surveys.update(phaseId, Texts.blankToNull(form.introMd), form.results, form.editable);
        surveys.setGuestMode(phaseId, form.guestMode);
        redirect.addAttribute("gespeichert", "");
        return "redirect:" + base(phaseId);
    }

    @PostMapping("/fragen")
    @Transactional
    String addQuestion(@PathVariable long phaseId, @Validated @ModelAttribute("question") QuestionForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        PhaseAccess access = manage(phaseId);
        List<Question> questions = surveys.questions(phaseId);
        if (surveys.responses(phaseId) > 0) {
            FormErrors.reject(result, "type", "survey.locked");
        }
        Question question = check(phaseId, form, questions, result);
        if (result.hasErrors()) {
            Survey survey = surveys.survey(phaseId).orElseThrow();
            SurveySettingsForm settings = new SurveySettingsForm();
            settings.introMd = survey.introMd() == null ? "" : survey.introMd();
            settings.results = survey.results();
            settings.editable = survey.editable();
            settings.guestMode = survey.guestMode();
            return page(model, access, settings, FormErrors.none(), form, FormErrors.of(result, ui));
        }
        surveys.insertQuestion(question);
        redirect.addAttribute("gespeichert", "");
        return "redirect:" + base(phaseId) + "#fragen";
    }

    /** What a question needs beyond its title: options, a sensible range, and a condition on an earlier question. */
    static Question check(long phaseId, QuestionForm form, List<Question> questions, BindingResult result) {
        QuestionType type = form.type == null ? QuestionType.SINGLE : form.type;
        String options = type.choice() ? form.options == null ? "" : form.options.strip() : null;
        int optionCount = options == null ? 0 : (int) options.lines().filter(l -> !l.isBlank()).count();
        if (!type.answerable()) {
            form.required = false;
        }
        if (type.choice() && optionCount < 2) {
            result.rejectValue("options", "survey.question.options");
        }
        Integer min = form.minValue;
        Integer max = form.maxValue;
        if (type == QuestionType.SCALE) {
            min = min == null ? 1 : min;
            max = max == null ? 5 : max;
            if (min < 0 || max > 10 || max - min < 2) {
                result.rejectValue("maxValue", "survey.question.scale");
            }
        } else if (min != null && max != null && min > max) {
            result.rejectValue("maxValue", "survey.question.range");
        } else if (type == QuestionType.MULTIPLE && max != null && max > optionCount) {
            result.rejectValue("maxValue", "survey.question.max-options", new Object[] { optionCount }, null);
        }
        Long conditionQuestion = null;
        String conditionValue = null;
        if (form.condition != null && !form.condition.isBlank()) {
            String[] parts = form.condition.split(":");
            Question target = parts.length != 2 ? null : questions.stream()
                    .filter(q -> String.valueOf(q.id()).equals(parts[0]) && q.type().conditionable()).findFirst()
                    .orElse(null);
            if (target == null) {
                result.rejectValue("condition", "survey.question.condition");
            } else {
                conditionQuestion = target.id();
                conditionValue = parts[1];
            }
        }
        return new Question(0, phaseId, 0, type, form.title == null ? "" : form.title.strip(),
                Texts.blankToNull(form.help), form.required, options, min, max, Texts.blankToNull(form.minLabel),
                Texts.blankToNull(form.maxLabel), conditionQuestion, conditionValue, false, false, false, null, null,
                null);
    }

    @PostMapping("/fragen/{questionId}/loeschen")
    String deleteQuestion(@PathVariable long phaseId, @PathVariable long questionId, RedirectAttributes redirect) {
        manage(phaseId);
        Question question = question(phaseId, questionId);
        if (surveys.responses(phaseId) > 0) {
            redirect.addAttribute("fehler", "gesperrt");
        } else if (surveys.questions(phaseId).stream().anyMatch(q -> Long.valueOf(question.id())
                .equals(q.conditionQuestionId()))) {
            redirect.addAttribute("fehler", "bedingung");
        } else {
            surveys.deleteQuestion(questionId);
            redirect.addAttribute("gespeichert", "");
        }
        return "redirect:" + base(phaseId) + "#fragen";
    }

    /** Moves a question up, unless it would then stand before the question its condition depends on. */
    @PostMapping("/fragen/{questionId}/hoch")
    @Transactional
    String moveUp(@PathVariable long phaseId, @PathVariable long questionId, RedirectAttributes redirect) {
        manage(phaseId);
        List<Question> questions = surveys.questions(phaseId);
        Question question = question(phaseId, questionId);
        int index = questions.indexOf(question);
        if (index > 0) {
            Question above = questions.get(index - 1);
            if (Long.valueOf(above.id()).equals(question.conditionQuestionId())) {
                redirect.addAttribute("fehler", "reihenfolge");
            } else {
                surveys.swapPositions(question, above);
                redirect.addAttribute("gespeichert", "");
            }
        }
        return "redirect:" + base(phaseId) + "#fragen";
    }

    /** Wording can always be fixed, also after answers arrived: it does not change what they mean. */
    @PostMapping("/fragen/{questionId}/wortlaut")
    String reword(@PathVariable long phaseId, @PathVariable long questionId, @RequestParam String title,
            @RequestParam(required = false) String help, RedirectAttributes redirect) {
        manage(phaseId);
        question(phaseId, questionId);
        if (title.isBlank() || title.length() > 500 || (help != null && help.length() > 2000)) {
            redirect.addAttribute("fehler", "wortlaut");
        } else {
            surveys.reword(questionId, title.strip(), Texts.blankToNull(help));
            redirect.addAttribute("gespeichert", "");
        }
        return "redirect:" + base(phaseId) + "#fragen";
    }

    private Question question(long phaseId, long questionId) {
        return surveys.questions(phaseId).stream().filter(q -> q.id() == questionId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    // --- Invitation codes ---

    /** New one-time codes as a CSV download for printing; they are shown this once and stored only as hashes. */
    @PostMapping("/codes")
    void createCodes(@PathVariable long phaseId, @RequestParam(name = "anzahl", defaultValue = "0") int count,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        manage(phaseId);
        if (count < 1 || count > 5000) {
            response.sendRedirect(base(phaseId) + "?fehler=codes#codes");
            return;
        }
        List<String> codes = guests.createCodes(phaseId, count);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"einladungscodes-" + phaseId + ".csv\"");
        de.stadtdialog.shared.export.CsvTable table = new de.stadtdialog.shared.export.CsvTable(
                response.getOutputStream());
        table.row(List.of("code"));
        for (String code : codes) {
            table.row(List.of(code));
        }
        table.finish();
    }

    // --- Paper questionnaires ---

    @GetMapping("/papier")
    String paper(@PathVariable long phaseId, Model model) {
        PhaseAccess access = manage(phaseId);
        model.addAttribute("page", paperPage(access, Map.of(), Map.of()));
        return "survey/form";
    }

    @PostMapping("/papier")
    String enterPaper(@PathVariable long phaseId, @RequestParam MultiValueMap<String, String> params,
            @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        // the hot path of typing in a pile of questionnaires: no insert of the survey on every request
        PhaseAccess access = permissions.require(phaseId, SurveyFormat.MANAGE);
        var reading = service.enterPaper(surveys.ensured(phaseId), access.actor().accountId(), params);
        if (!reading.ok()) {
            Map<String, String> problems = new java.util.LinkedHashMap<>();
            reading.problems().forEach((field, problem) -> problems.put(field, ui.t(problem)));
            model.addAttribute("page", paperPage(access, params, problems));
            return "survey/form";
        }
        redirect.addAttribute("erfasst", "");
        return "redirect:" + base(phaseId) + "/papier";
    }

    private SurveyPage paperPage(PhaseAccess access, Map<String, List<String>> values, Map<String, String> problems) {
        Survey survey = surveys.survey(access.phase().id()).orElseThrow();
        return new SurveyPage(access.project(), access.phase(), survey, markdown.render(survey.introMd(), 2),
                surveys.questions(access.phase().id()), values, problems,
                de.stadtdialog.permission.Decision.ALLOW, false, base(access.phase().id()) + "/papier");
    }

    private String page(Model model, PhaseAccess access, SurveySettingsForm settings, FormErrors settingsErrors,
            QuestionForm question, FormErrors questionErrors) {
        long phaseId = access.phase().id();
        model.addAttribute("project", access.project());
        model.addAttribute("phase", access.phase());
        model.addAttribute("settings", settings);
        model.addAttribute("settingsErrors", settingsErrors);
        model.addAttribute("question", question);
        model.addAttribute("questionErrors", questionErrors);
        model.addAttribute("questions", surveys.questions(phaseId));
        model.addAttribute("responses", surveys.responses(phaseId));
        var codes = surveys.codeCounts(phaseId);
        model.addAttribute("codes", codes.total());
        model.addAttribute("codesUsed", codes.used());
        model.addAttribute("guestsAllowed", access.phase().requirement() == de.stadtdialog.permission.Requirement.GUEST);
        return "survey/setup";
    }
}
