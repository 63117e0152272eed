package de.stadtdialog.survey.internal;

import de.stadtdialog.survey.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One page of a form: a section marked "new page" starts the next one. A page whose section is
 * conditional is skipped when the earlier answer does not fit.
 *
 * @param section the page's heading, or null for a first page without one
 */
public record FormPage(int index, Question section, List<Question> questions) {

    /** The form split into pages; a form without page breaks (or typed in from paper) is one page. */
    static List<FormPage> split(List<Question> questions, boolean paged) {
        List<FormPage> pages = new ArrayList<>();
        List<Question> current = new ArrayList<>();
        Question section = null;
        for (Question q : questions) {
            if (paged && q.type() == QuestionType.SECTION && q.newPage() && !current.isEmpty()) {
                pages.add(new FormPage(pages.size(), section, List.copyOf(current)));
                current.clear();
                section = null;
            }
            if (current.isEmpty() && q.type() == QuestionType.SECTION && q.newPage()) {
                section = q;
            }
            current.add(q);
        }
        if (!current.isEmpty() || pages.isEmpty()) {
            pages.add(new FormPage(pages.size(), section, List.copyOf(current)));
        }
        return pages;
    }

    boolean active(Set<Long> shown) {
        return section == null || !section.conditional() || shown.contains(section.id());
    }

    boolean contains(long questionId) {
        return questions.stream().anyMatch(q -> q.id() == questionId);
    }

    /** The next page the person sees after this one, given their answers; -1 after the last. */
    static int next(List<FormPage> pages, int current, Set<Long> shown) {
        for (int i = current + 1; i < pages.size(); i++) {
            if (pages.get(i).active(shown)) {
                return i;
            }
        }
        return -1;
    }

    static int previous(List<FormPage> pages, int current, Set<Long> shown) {
        for (int i = Math.min(current, pages.size()) - 1; i >= 0; i--) {
            if (pages.get(i).active(shown)) {
                return i;
            }
        }
        return 0;
    }

    /** The page with the first of the problems, so a refused form opens where the first answer is missing. */
    static int firstWithProblem(List<FormPage> pages, Set<String> problemFields) {
        for (FormPage page : pages) {
            if (page.questions().stream().anyMatch(q -> problemFields.contains(q.field()))) {
                return page.index();
            }
        }
        return 0;
    }
}
