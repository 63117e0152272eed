package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.stadtdialog.permission.Decision;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.shared.markdown.SafeHtml;

/**
 * A survey's form as one person sees it: the page they are on, what they typed or saved, the
 * problems by question, and whether they may send it. Answers of the other pages travel along as
 * hidden fields, so a form with several pages needs no session.
 *
 * @param action where the form is sent: the public page, or the back office's paper entry
 * @param shown the questions the answers so far lead to (conditions)
 * @param seed orders shuffled options the same way on every page of one filling-in
 * @param images pictures of image-choice options by question id
 * @param area the project's area as GeoJSON geometry for the location map, or null
 */
public record SurveyPage(Project project, Phase phase, Survey survey, SafeHtml intro, List<Question> questions,
        Map<String, List<String>> values, Map<String, String> problems, Decision decision, boolean answered,
        String action, List<FormPage> pages, int current, Set<Long> shown, long seed,
        Map<Long, List<OptionImage>> images, String area, boolean canSaveDraft) {

    private static final Pattern FIELD = Pattern.compile("q(\\d+)(-.*)?");

    public record OptionImage(int position, String key, String alt) {
    }

    public record Hidden(String name, String value) {
    }

    public FormPage page() {
        return pages.get(current);
    }

    /** The questions of this page the person sees: those hidden by answers on earlier pages are left out. */
    public List<Question> pageQuestions() {
        List<Question> visible = new ArrayList<>();
        boolean sectionVisible = true;
        for (Question q : page().questions()) {
            boolean decided = q.conditional() && !page().contains(q.conditionQuestionId());
            boolean visibleHere = !decided || shown.contains(q.id());
            if (q.type() == QuestionType.SECTION) {
                sectionVisible = visibleHere;
            }
            if (sectionVisible && visibleHere) {
                visible.add(q);
            }
        }
        return visible;
    }

    public boolean paged() {
        return pages.size() > 1;
    }

    public boolean first() {
        return pages.subList(0, current).stream().noneMatch(p -> p.active(shown));
    }

    public boolean last() {
        return FormPage.next(pages, current, shown) < 0;
    }

    /** "Seite 2 von 4", counting the pages the answers so far lead to or still may lead to. */
    public int pageNumber() {
        return (int) pages.stream().filter(p -> p.index() <= current && counts(p)).count();
    }

    public int pageCount() {
        return (int) pages.stream().filter(this::counts).count();
    }

    /** A conditional page counts until the answer it depends on is given and rules it out. */
    private boolean counts(FormPage p) {
        if (p.active(shown)) {
            return true;
        }
        List<String> answer = values.getOrDefault("q" + p.section().conditionQuestionId(), List.of());
        return answer.stream().allMatch(String::isBlank);
    }

    /** Values of fields not on this page, sent along unchanged. */
    public List<Hidden> carried() {
        List<Hidden> hidden = new ArrayList<>();
        Set<Long> here = new java.util.HashSet<>();
        pageQuestions().forEach(q -> here.add(q.id()));
        values.forEach((name, list) -> {
            Matcher m = FIELD.matcher(name);
            boolean carry = m.matches() ? !here.contains(Long.parseLong(m.group(1)))
                    : "code".equals(name) && current != 0;
            if (carry) {
                list.forEach(value -> hidden.add(new Hidden(name, value)));
            }
        });
        return hidden;
    }

    public List<String> values(Question q) {
        return values.getOrDefault(q.field(), List.of());
    }

    public String value(Question q) {
        List<String> v = values(q);
        return v.isEmpty() ? "" : v.get(0);
    }

    /** A sub-field's value, e.g. the text of "Sonstiges" ({@code other}) or a matrix row ({@code s2}). */
    public String value(Question q, String part) {
        List<String> v = values.getOrDefault(q.field() + "-" + part, List.of());
        return v.isEmpty() ? "" : v.get(0);
    }

    public boolean chosen(Question q, int option) {
        return values(q).contains(String.valueOf(option));
    }

    public boolean otherChosen(Question q) {
        return values(q).contains(SurveyAnswers.OTHER_VALUE);
    }

    /** The order to show a question's options in: shuffled where the initiator wants, the same on every page. */
    public List<Integer> order(Question q) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < q.optionList().size(); i++) {
            order.add(i);
        }
        if (q.shuffle()) {
            java.util.Collections.shuffle(order, new Random(seed ^ q.id()));
        }
        return order;
    }

    public OptionImage image(Question q, int option) {
        return images.getOrDefault(q.id(), List.of()).stream().filter(i -> i.position() == option).findFirst()
                .orElse(null);
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

    /** A vote shows its choices as cards. */
    public boolean vote() {
        return survey.purpose() == Survey.Purpose.VOTE;
    }
}
