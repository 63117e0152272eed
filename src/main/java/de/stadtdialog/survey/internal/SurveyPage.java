package de.stadtdialog.survey.internal;

import java.util.List;
import java.util.Map;

import de.stadtdialog.permission.Decision;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.shared.markdown.SafeHtml;

/**
 * A survey's form as one person sees it: the questions, what they typed or saved, the problems by
 * question, and whether they may send it.
 *
 * @param action where the form is sent: the public page, or the back office's paper entry
 */
public record SurveyPage(Project project, Phase phase, Survey survey, SafeHtml intro, List<Question> questions,
        Map<String, List<String>> values, Map<String, String> problems, Decision decision, boolean answered,
        String action) {

    public List<String> values(Question q) {
        return values.getOrDefault(q.field(), List.of());
    }

    public String value(Question q) {
        List<String> v = values(q);
        return v.isEmpty() ? "" : v.get(0);
    }

    public boolean chosen(Question q, int option) {
        return values(q).contains(String.valueOf(option));
    }

    public boolean hasProblem(Question q) {
        return problems.containsKey(q.field());
    }

    public String problem(Question q) {
        return problems.getOrDefault(q.field(), "");
    }

    /** The question a conditional question depends on, for the hint that says so. */
    public Question conditionOf(Question q) {
        return questions.stream().filter(other -> q.conditionQuestionId() != null
                && other.id() == q.conditionQuestionId()).findFirst().orElse(null);
    }

    /** The question's number, counting questions only (not sections). */
    public int number(Question q) {
        int number = 0;
        for (Question other : questions) {
            if (other.type().answerable()) {
                number++;
            }
            if (other.id() == q.id()) {
                return number;
            }
        }
        return number;
    }

    /** How many questions there are to answer, for "Frage 3 von 12". */
    public int answerable() {
        return (int) questions.stream().filter(q -> q.type().answerable()).count();
    }
}
