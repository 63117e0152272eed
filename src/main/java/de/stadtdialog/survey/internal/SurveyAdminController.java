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
    private final de.stadtdialog.project.Projects projects;
    private final SurveyRepository surveys;
    private final SurveyService service;
    private final Markdown markdown;
    private final GuestResponses guests;
    private final FormRepository forms;
    private final de.stadtdialog.shared.storage.ImageUploads images;
    private final de.stadtdialog.shared.storage.FileStorage storage;

    SurveyAdminController(ProjectPermissions permissions, de.stadtdialog.project.Projects projects, SurveyRepository surveys, SurveyService service,
            Markdown markdown, GuestResponses guests, FormRepository forms,
            de.stadtdialog.shared.storage.ImageUploads images, de.stadtdialog.shared.storage.FileStorage storage) {
        this.forms = forms;
        this.projects = projects;
        this.images = images;
        this.storage = storage;
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
        return page(model, access, SurveySettingsForm.of(surveys.survey(phaseId).orElseThrow()), FormErrors.none(),
                new QuestionForm(), FormErrors.none());
    }

    @PostMapping("/einstellungen")
    String saveSettings(@PathVariable long phaseId, @Validated @ModelAttribute("settings") SurveySettingsForm form,
            BindingResult result, @ModelAttribute("ui") Ui ui, Model model, RedirectAttributes redirect) {
        PhaseAccess access = manage(phaseId);
        if (result.hasErrors()) {
            return page(model, access, form, FormErrors.of(result, ui), new QuestionForm(), FormErrors.none());
        }
        // an application's answers are personal: they are never public, whatever was chosen before
        Survey.Results results = form.purpose == Survey.Purpose.APPLICATION ? Survey.Results.PRIVATE : form.results;
        surveys.update(phaseId, Texts.blankToNull(form.introMd), results, form.editable);
        surveys.setGuestMode(phaseId, form.guestMode);
        surveys.setPurpose(phaseId, form.purpose, form.textsModerated);
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
            return page(model, access, SurveySettingsForm.of(surveys.survey(phaseId).orElseThrow()), FormErrors.none(),
                    form, FormErrors.of(result, ui));
        }
        surveys.insertQuestion(question);
        redirect.addAttribute("gespeichert", "");
        return "redirect:" + base(phaseId) + "#fragen";
    }

    /** What a question needs beyond its title: options, a sensible range, and a condition on an earlier question. */
    static Question check(long phaseId, QuestionForm form, List<Question> questions, BindingResult result) {
        QuestionType type = form.type == null ? QuestionType.SINGLE : form.type;
        boolean listed = type.choice() || type == QuestionType.LOCATION;
        String options = listed ? form.options == null ? "" : form.options.strip() : null;
        List<String> optionLines = options == null ? List.of() : options.lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        if (!type.answerable()) {
            form.required = false;
        }
        if (type.choice() && optionLines.size() < 2) {
            result.rejectValue("options", type == QuestionType.MATRIX ? "survey.question.scale-options"
                    : "survey.question.options");
        }
        String statements = null;
        if (type == QuestionType.MATRIX) {
            statements = form.statements == null ? "" : form.statements.strip();
            if (statements.isEmpty()) {
                result.rejectValue("statements", "survey.question.statements");
            }
        }
        if (type == QuestionType.LOCATION) {
            Question probe = new Question(0, phaseId, 0, type, "", null, false, options, null, null, null, null, null,
                    null, false, false, false, null, null, null);
            if (probe.places().size() != optionLines.size()) {
                result.rejectValue("options", "survey.question.places");
            }
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
        } else if (type == QuestionType.MULTIPLE && max != null && max > optionLines.size() + (form.otherOption ? 1 : 0)) {
            result.rejectValue("maxValue", "survey.question.max-options", new Object[] { optionLines.size() }, null);
        }
        String correct = correct(type, form.correct, type == QuestionType.YES_NO ? 2 : optionLines.size(), result);
        Long conditionQuestion = null;
        String conditionValue = null;
        if (form.condition != null && !form.condition.isBlank()) {
            // only questions already in the form can be named, so a condition never points forward or in a circle
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
                Texts.blankToNull(form.help), form.required, options == null ? null : String.join("\n", optionLines),
                min, max, Texts.blankToNull(form.minLabel), Texts.blankToNull(form.maxLabel), conditionQuestion,
                conditionValue, type == QuestionType.SECTION && form.newPage, type.openChoice() && form.otherOption,
                type.openChoice() && form.shuffle, statements, correct,
                correct == null ? null : Texts.blankToNull(form.explanation));
    }

    /** Quiz answers as people count options (1, 2, …), stored as positions; one only where one can be chosen. */
    private static String correct(QuestionType type, String typed, int optionCount, BindingResult result) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!type.gradable()) {
            result.rejectValue("correct", "survey.question.correct.not-gradable");
            return null;
        }
        java.util.TreeSet<Integer> positions = new java.util.TreeSet<>();
        for (String part : typed.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int number = Integer.parseInt(part);
                if (number < 1 || number > optionCount) {
                    throw new NumberFormatException();
                }
                positions.add(number - 1);
            } catch (NumberFormatException e) {
                result.rejectValue("correct", "survey.question.correct.range", new Object[] { optionCount }, null);
                return null;
            }
        }
        if (positions.size() > 1 && type != QuestionType.MULTIPLE) {
            result.rejectValue("correct", "survey.question.correct.one");
            return null;
        }
        return positions.isEmpty() ? null : String.join(",", positions.stream().map(String::valueOf).toList());
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

    /**
     * Wording can always be fixed, also after answers arrived: it does not change what they mean. Options
     * and statements keep their number, because answers store an option's position.
     */
    @PostMapping("/fragen/{questionId}/wortlaut")
    String reword(@PathVariable long phaseId, @PathVariable long questionId, @RequestParam String title,
            @RequestParam(required = false) String help, @RequestParam(required = false) String options,
            @RequestParam(required = false) String statements, RedirectAttributes redirect) {
        manage(phaseId);
        Question question = question(phaseId, questionId);
        String newOptions = lines(options, question.optionList());
        String newStatements = lines(statements, question.statementList());
        if (title.isBlank() || title.length() > 500 || (help != null && help.length() > 2000)) {
            redirect.addAttribute("fehler", "wortlaut");
        } else if (newOptions == null || newStatements == null) {
            redirect.addAttribute("fehler", "optionen");
        } else {
            surveys.reword(questionId, title.strip(), Texts.blankToNull(help));
            forms.rewordOptions(questionId, newOptions.isEmpty() ? question.options() : newOptions,
                    newStatements.isEmpty() ? question.statements() : newStatements);
            redirect.addAttribute("gespeichert", "");
        }
        return "redirect:" + base(phaseId) + "#fragen";
    }

    /** New wording for lines: empty when not sent, null when their number changed. */
    private static String lines(String typed, List<String> current) {
        if (typed == null || current.isEmpty()) {
            return "";
        }
        List<String> lines = typed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.size() == current.size() && lines.stream().allMatch(l -> l.length() <= 500)
                ? String.join("\n", lines) : null;
    }

    /** A picture with its alternative text for an option of an image choice; it can be replaced at any time. */
    @PostMapping("/fragen/{questionId}/bilder")
    String uploadImage(@PathVariable long phaseId, @PathVariable long questionId, @RequestParam int position,
            @RequestParam(name = "bild", required = false) org.springframework.web.multipart.MultipartFile file,
            @RequestParam(name = "alt", defaultValue = "") String alt, RedirectAttributes redirect) {
        manage(phaseId);
        Question question = question(phaseId, questionId);
        if (question.type() != QuestionType.IMAGE_CHOICE || position < 0 || position >= question.optionList().size()) {
            throw new NotFoundException();
        }
        if (alt.isBlank() || alt.length() > 500) {
            redirect.addAttribute("fehler", "bild-alt");
            return "redirect:" + base(phaseId) + "#frage-" + questionId;
        }
        if (file != null && file.getSize() > de.stadtdialog.shared.storage.ImageUploads.MAX_BYTES) {
            redirect.addAttribute("fehler", "bild-gross");
            return "redirect:" + base(phaseId) + "#frage-" + questionId;
        }
        var key = images.store(file);
        if (key.isEmpty()) {
            redirect.addAttribute("fehler", "bild");
            return "redirect:" + base(phaseId) + "#frage-" + questionId;
        }
        String old = forms.putImage(questionId, position, key.get(), alt.strip());
        if (old != null) {
            storage.delete(old);
        }
        redirect.addAttribute("gespeichert", "");
        return "redirect:" + base(phaseId) + "#frage-" + questionId;
    }

    /**
     * Copies the questions of another survey the person manages to the end of this one (a form used
     * before, or a template); conditions point to the copies, pictures are shared.
     */
    @PostMapping("/kopieren")
    @Transactional
    String copyFrom(@PathVariable long phaseId, @RequestParam(name = "quelle", defaultValue = "0") long source,
            RedirectAttributes redirect) {
        manage(phaseId);
        if (surveys.responses(phaseId) > 0) {
            redirect.addAttribute("fehler", "gesperrt");
            return "redirect:" + base(phaseId) + "#kopieren";
        }
        if (source == phaseId || !mayManage(permissions.currentActor(), source)) {
            redirect.addAttribute("fehler", "quelle");
            return "redirect:" + base(phaseId) + "#kopieren";
        }
        Map<Long, Long> copies = new java.util.HashMap<>();
        Map<Long, List<SurveyPage.OptionImage>> pictures = forms.images(source);
        for (Question q : surveys.questions(source)) {
            Long condition = q.conditionQuestionId() == null ? null : copies.get(q.conditionQuestionId());
            surveys.insertQuestion(new Question(0, phaseId, 0, q.type(), q.title(), q.help(), q.required(), q.options(),
                    q.minValue(), q.maxValue(), q.minLabel(), q.maxLabel(), condition,
                    condition == null ? null : q.conditionValue(), q.newPage(), q.otherOption(), q.shuffle(),
                    q.statements(), q.correct(), q.explanation()));
            long copy = surveys.questions(phaseId).stream().mapToLong(Question::id).max().orElseThrow();
            copies.put(q.id(), copy);
            pictures.getOrDefault(q.id(), List.of()).forEach(p -> forms.putImage(copy, p.position(), p.key(), p.alt()));
        }
        redirect.addAttribute("gespeichert", "");
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
        var reading = service.enterPaper(surveys.ensured(phaseId), access.actor().accountId(), params,
                de.stadtdialog.shared.geo.GeoArea.parse(access.project().areaGeojson()).orElse(null));
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
        long phaseId = access.phase().id();
        Survey survey = surveys.survey(phaseId).orElseThrow();
        List<Question> questions = surveys.questions(phaseId);
        // paper questionnaires are typed in on one page, in the order of the printed form
        return new SurveyPage(access.project(), access.phase(), survey, markdown.render(survey.introMd(), 2),
                questions, values, problems, de.stadtdialog.permission.Decision.ALLOW, false,
                base(phaseId) + "/papier", FormPage.split(questions, false), 0,
                SurveyAnswers.read(questions, values).shown(), 0, forms.images(phaseId),
                access.project().areaGeojson(), false);
    }

    private List<FormSource> sources(long phaseId) {
        var actor = permissions.currentActor();
        List<FormSource> sources = new java.util.ArrayList<>();
        for (long other : forms.surveysWithQuestions(phaseId)) {
            if (sources.size() >= 100) {
                break;
            }
            if (mayManage(actor, other)) {
                projects.findPhase(other).ifPresent(phase -> sources.add(new FormSource(other, projects.find(
                        phase.projectId()).map(p -> p.title() + ": ").orElse("") + phase.title())));
            }
        }
        return sources;
    }

    private boolean mayManage(de.stadtdialog.permission.Actor actor, long phaseId) {
        return projects.findPhase(phaseId).filter(phase -> SurveyFormat.KEY.equals(phase.formatKey()))
                .flatMap(phase -> projects.find(phase.projectId()).map(project -> permissions.decide(actor, project,
                        phase, SurveyFormat.MANAGE).allowed()))
                .orElse(false);
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
        model.addAttribute("images", forms.images(phaseId));
        model.addAttribute("sources", sources(phaseId));
        return "survey/setup";
    }
}
