package de.stadtdialog.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.ProjectPermissions.PhaseAccess;

/**
 * The review of free texts (text answers and "Sonstiges") before the public results list them:
 * moderators approve or hide them one by one or all of a selection at once.
 */
@Controller
@RequestMapping("/verwaltung/phasen/{phaseId}/umfrage/texte")
class SurveyTextsController {

    static final int SHOWN = 100;

    /** The filter's states as the address names them, and as they are stored ("OPEN" is not reviewed yet). */
    private static final Map<String, String> STATES = Map.of("offen", "OPEN", "freigegeben", TextAnswer.APPROVED,
            "verborgen", TextAnswer.HIDDEN);

    private final ProjectPermissions permissions;
    private final SurveyRepository surveys;

    SurveyTextsController(ProjectPermissions permissions, SurveyRepository surveys) {
        this.permissions = permissions;
        this.surveys = surveys;
    }

    /** Which texts the page shows: by question (all free-text questions when none) and state of review. */
    record Selection(List<Question> questions, Long questionId, String state) {

        List<Long> questionIds() {
            return questions.stream().filter(q -> questionId == null || q.id() == questionId).map(Question::id)
                    .toList();
        }

        /** The stored state to filter by, or null for all. */
        String stored() {
            return "alle".equals(state) ? null : STATES.getOrDefault(state, "OPEN");
        }
    }

    private Selection selection(long phaseId, Long questionId, String state) {
        List<Question> questions = surveys.questions(phaseId).stream().filter(SurveyResults::freeText).toList();
        Long chosen = questions.stream().anyMatch(q -> questionId != null && q.id() == questionId) ? questionId : null;
        return new Selection(questions, chosen, "alle".equals(state) || STATES.containsKey(state) ? state : "offen");
    }

    @GetMapping
    String list(@PathVariable long phaseId, @RequestParam(name = "frage", required = false) Long questionId,
            @RequestParam(name = "status", defaultValue = "offen") String state,
            @RequestParam(name = "geaendert", required = false) Integer changed, Model model) {
        PhaseAccess access = permissions.require(phaseId, SurveyFormat.MANAGE);
        surveys.ensure(phaseId);
        Selection selection = selection(phaseId, questionId, state);
        model.addAttribute("project", access.project());
        model.addAttribute("phase", access.phase());
        model.addAttribute("survey", surveys.survey(phaseId).orElseThrow());
        model.addAttribute("questions", selection.questions());
        model.addAttribute("titles", selection.questions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity())));
        model.addAttribute("questionId", selection.questionId());
        model.addAttribute("state", selection.state());
        model.addAttribute("texts", surveys.textsForReview(selection.questionIds(), selection.stored(), SHOWN));
        model.addAttribute("total", surveys.countTextsForReview(selection.questionIds(), selection.stored()));
        model.addAttribute("changed", changed);
        return "survey/texts";
    }

    /**
     * Approves or hides the ticked texts (each named "response:question"), or with {@code alle} every
     * text of the selection; then shows the same selection again.
     */
    @PostMapping
    @Transactional
    String review(@PathVariable long phaseId, @RequestParam(name = "texte", required = false) List<String> keys,
            @RequestParam(name = "zustand") String to, @RequestParam(name = "alle", defaultValue = "false") boolean all,
            @RequestParam(name = "frage", required = false) Long questionId,
            @RequestParam(name = "status", defaultValue = "offen") String state, RedirectAttributes redirect) {
        permissions.require(phaseId, SurveyFormat.MANAGE);
        Selection selection = selection(phaseId, questionId, state);
        if (selection.questionId() != null) {
            redirect.addAttribute("frage", selection.questionId());
        }
        redirect.addAttribute("status", selection.state());
        String target = TextAnswer.APPROVED.equals(to) ? TextAnswer.APPROVED
                : TextAnswer.HIDDEN.equals(to) ? TextAnswer.HIDDEN : null;
        List<long[]> texts = parse(keys);
        if (target == null || (!all && texts.isEmpty())) {
            redirect.addAttribute("fehler", "keine");
            return "redirect:/verwaltung/phasen/" + phaseId + "/umfrage/texte";
        }
        int changed = all ? surveys.reviewAllTexts(phaseId, selection.questionIds(), selection.stored(), target)
                : surveys.reviewTexts(phaseId, selection.questions().stream().map(Question::id).toList(), texts,
                        target);
        redirect.addAttribute("geaendert", changed);
        return "redirect:/verwaltung/phasen/" + phaseId + "/umfrage/texte";
    }

    private static List<long[]> parse(List<String> keys) {
        List<long[]> texts = new ArrayList<>();
        for (String key : keys == null ? List.<String>of() : keys) {
            String[] parts = key.split(":");
            try {
                if (parts.length == 2) {
                    texts.add(new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) });
                }
            } catch (NumberFormatException e) {
                // a key no page of ours sends names no text
            }
        }
        return texts;
    }
}
