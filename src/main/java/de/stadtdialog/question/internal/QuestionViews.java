package de.stadtdialog.question.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.shared.markdown.Markdown;

/** Builds the cards of a phase with names, answers and the viewer's marks in a few queries. */
@Component
class QuestionViews {

    private final QuestionRepository questions;
    private final Accounts accounts;
    private final Markdown markdown;

    QuestionViews(QuestionRepository questions, Accounts accounts, Markdown markdown) {
        this.questions = questions;
        this.accounts = accounts;
        this.markdown = markdown;
    }

    /** The published questions that pass the filter; most relevant first for that filter, else newest first. */
    List<QuestionCard> published(QuestionPhase context, QuestionFilter filter, String category) {
        Stream<Question> shown = questions.all(context.phase().id()).stream()
                .filter(q -> q.state() == QuestionState.PUBLISHED)
                .filter(q -> category == null || category.isBlank() || category.equals(q.category()))
                .filter(q -> switch (filter) {
                    case UNANSWERED -> !q.answered();
                    case ANSWERED -> q.answered();
                    case ALL, RELEVANT -> true;
                });
        if (filter == QuestionFilter.RELEVANT) {
            shown = shown.sorted(Comparator.comparingLong(Question::relevant).reversed()
                    .thenComparing(Comparator.comparing(Question::createdAt).reversed()));
        }
        return cards(context, shown.toList());
    }

    /** Everything of the phase, for moderators. */
    List<QuestionCard> all(QuestionPhase context) {
        return cards(context, questions.all(context.phase().id()));
    }

    Optional<QuestionCard> one(QuestionPhase context, long questionId) {
        return questions.find(questionId).filter(q -> q.phaseId() == context.phase().id())
                .map(q -> cards(context, List.of(q)).get(0));
    }

    Optional<QuestionCard> onStage(QuestionPhase context) {
        return questions.onStage(context.phase().id()).flatMap(id -> one(context, id));
    }

    private List<QuestionCard> cards(QuestionPhase context, List<Question> shown) {
        long phaseId = context.phase().id();
        Set<Long> mine = new HashSet<>(questions.relevantBy(phaseId, context.actor().accountId()));
        Map<Long, List<Answer>> answers = shown.stream().anyMatch(q -> q.answers() > 0)
                ? questions.answers(phaseId).stream().collect(Collectors.groupingBy(Answer::questionId))
                : Map.of();
        Set<Long> people = new HashSet<>();
        shown.forEach(q -> people.add(q.authorId()));
        answers.values().forEach(list -> list.forEach(a -> people.add(a.expertId())));
        people.remove(null);
        Map<Long, String> names = accounts.displayNames(people);
        Long stage = questions.onStage(phaseId).orElse(null);
        return shown.stream().map(q -> new QuestionCard(q, q.authorId() == null ? null : names.get(q.authorId()),
                mine.contains(q.id()), stage != null && stage == q.id(),
                answers.getOrDefault(q.id(), List.of()).stream()
                        .map(a -> new AnswerView(a.expertId() == null ? null : names.get(a.expertId()), a.expertRole(),
                                markdown.render(a.bodyMd(), 4), a.createdAt()))
                        .toList(),
                context.base() + "/" + q.id())).toList();
    }
}
