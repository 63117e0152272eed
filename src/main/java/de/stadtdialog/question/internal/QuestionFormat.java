package de.stadtdialog.question.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.account.PersonalDataSource;
import de.stadtdialog.participation.FormatAction;
import de.stadtdialog.participation.FormatDescriptor;
import de.stadtdialog.participation.FormatExport;
import de.stadtdialog.participation.FormatReport;
import de.stadtdialog.participation.FormatStatistic;
import de.stadtdialog.participation.ParticipationFormat;
import de.stadtdialog.participation.PhaseContext;
import de.stadtdialog.participation.PhaseKind;
import de.stadtdialog.permission.Audience;
import de.stadtdialog.permission.Requirement;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.UiFactory;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * Registers the Q&A: a "collect" phase takes questions and relevant marks, a "live" phase takes
 * questions at an event with a live view and a stage, and a "closed" phase is read only. Named
 * experts answer in every kind of phase, so answers may follow the event.
 */
@Component
class QuestionFormat implements ParticipationFormat, PersonalDataSource {

    static final String KEY = "question";
    static final String ASK = "question.ask";
    static final String RELEVANT = "question.relevant";
    static final String ANSWER = "question.answer";
    static final String MANAGE = "question.manage";

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor(KEY, "format.question.name",
            "format.question.description",
            List.of(new FormatAction(ASK, "format.question.action.ask", Audience.PARTICIPANT),
                    new FormatAction(RELEVANT, "format.question.action.relevant", Audience.PARTICIPANT),
                    new FormatAction(ANSWER, "format.question.action.answer", Audience.NAMED),
                    new FormatAction(MANAGE, "format.question.action.manage", Audience.MANAGER)),
            List.of(new PhaseKind("collect", "format.question.kind.collect", Set.of(ASK, RELEVANT)),
                    new PhaseKind("live", "format.question.kind.live", Set.of(ASK)),
                    new PhaseKind("closed", "format.question.kind.closed", Set.of())),
            List.of(Requirement.ACCOUNT, Requirement.GUEST, Requirement.VERIFIED),
            List.of(new FormatExport("csv", "format.question.export.csv", "text/csv; charset=UTF-8", "csv")));

    private final QuestionRepository questions;
    private final QuestionViews views;
    private final Accounts accounts;
    /** Lazily: the project module needs the format registry, which needs this format. */
    private final ObjectProvider<Projects> projects;
    private final ObjectProvider<QuestionContexts> contexts;
    private final TemplateEngine templates;
    private final UiFactory uiFactory;

    QuestionFormat(QuestionRepository questions, ObjectProvider<QuestionContexts> contexts, QuestionViews views, Accounts accounts,
            ObjectProvider<Projects> projects, TemplateEngine templates, UiFactory uiFactory) {
        this.questions = questions;
        this.contexts = contexts;
        this.views = views;
        this.accounts = accounts;
        this.projects = projects;
        this.templates = templates;
        this.uiFactory = uiFactory;
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Content render(PhaseContext phase) {
        QuestionPhase context = contexts.getObject().forPhase(projects.getObject().findPhase(phase.phaseId()).orElseThrow());
        List<QuestionCard> newest = views.published(context, QuestionFilter.ALL, null).stream().limit(3).toList();
        var ui = uiFactory.forCurrentRequest();
        return output -> templates.render("question/phase.jte",
                Map.of("ui", ui, "phase", phase, "context", context, "newest", newest), output);
    }

    @Override
    public String setupPath(long phaseId) {
        return "/verwaltung/phasen/" + phaseId + "/fragen";
    }

    @Override
    public boolean names(long phaseId, long accountId) {
        return questions.expert(phaseId, accountId).isPresent();
    }

    @Override
    public List<FormatStatistic> statistics(long phaseId) {
        List<Question> published = published(phaseId);
        return List.of(new FormatStatistic("format.question.stat.questions", published.size()),
                new FormatStatistic("format.question.stat.answered",
                        published.stream().filter(Question::answered).count()),
                new FormatStatistic("format.question.stat.relevant", questions.relevantMarks(phaseId)));
    }

    /** Most relevant first: those are the questions the city owes an answer to first. */
    @Override
    public FormatReport report(long phaseId, Locale locale) {
        String base = "/projekte/" + projects.getObject().find(
                projects.getObject().findPhase(phaseId).orElseThrow().projectId()).orElseThrow().slug() + "/fragen/";
        Map<Long, List<Answer>> answers = questions.answers(phaseId).stream()
                .collect(Collectors.groupingBy(Answer::questionId));
        Map<Long, String> names = accounts.displayNames(answers.values().stream().flatMap(List::stream)
                .map(Answer::expertId).filter(id -> id != null).distinct().toList());
        List<FormatReport.Contribution> contributions = new ArrayList<>();
        published(phaseId).stream()
                .sorted(Comparator.comparingLong(Question::relevant).reversed().thenComparingLong(Question::id))
                .forEach(q -> contributions.add(new FormatReport.Contribution(q.body(), base + q.id(), q.category(),
                        null, q.answered(), q.relevant(), 0, responses(answers.getOrDefault(q.id(), List.of()), names),
                        null, null, null)));
        return new FormatReport(statistics(phaseId), contributions, List.of(), List.of());
    }

    /** All answers of a question as one text, each signed, since the report has room for one response. */
    private static String responses(List<Answer> answers, Map<Long, String> names) {
        if (answers.isEmpty()) {
            return null;
        }
        return answers.stream().map(a -> "**" + names.getOrDefault(a.expertId(), "") + " (" + a.expertRole() + "):** "
                + a.bodyMd()).collect(Collectors.joining("\n\n"));
    }

    @Override
    public void export(String exportKey, long phaseId, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write("id;datum;kategorie;frage;relevant;beantwortet\r\n");
        for (Question q : published(phaseId)) {
            writer.write(q.id() + ";" + q.createdAt() + ";" + csv(q.category() == null ? "" : q.category()) + ";"
                    + csv(q.body()) + ";" + q.relevant() + ";" + (q.answered() ? "ja" : "nein") + "\r\n");
        }
        writer.flush();
    }

    @Override
    public void deletePhase(long phaseId) {
        questions.deleteAll(phaseId);
    }

    @Override
    public String section() {
        return "questions";
    }

    @Override
    public Object collect(long accountId) {
        return questions.byAuthor(accountId).stream()
                .map(q -> Map.of("question", q.body(), "date", q.createdAt().toString(), "state", q.state().name()))
                .toList();
    }

    private List<Question> published(long phaseId) {
        return questions.all(phaseId).stream().filter(q -> q.state() == QuestionState.PUBLISHED).toList();
    }

    private static String csv(String value) {
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
