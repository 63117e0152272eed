package de.stadtdialog.text.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.PersonalDataSource;
import de.stadtdialog.participation.FormatAction;
import de.stadtdialog.participation.FormatDescriptor;
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
 * Registers the Textkommentierung: initiators publish a draft text in versions; citizens comment
 * on single paragraphs while the phase runs, and read afterwards what changed because of them.
 */
@Component
class TextFormat implements ParticipationFormat, PersonalDataSource {

    static final String KEY = "text";
    static final String COMMENT = "text.comment";
    static final String RATE = "text.rate";
    static final String MANAGE = "text.manage";

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor(KEY, "format.text.name",
            "format.text.description",
            List.of(new FormatAction(COMMENT, "format.text.action.comment", Audience.PARTICIPANT),
                    new FormatAction(RATE, "format.text.action.rate", Audience.PARTICIPANT),
                    new FormatAction(MANAGE, "format.text.action.manage", Audience.MANAGER)),
            List.of(new PhaseKind("comment", "format.text.kind.comment", Set.of(COMMENT, RATE)),
                    new PhaseKind("closed", "format.text.kind.closed", Set.of())),
            List.of(Requirement.ACCOUNT, Requirement.VERIFIED), List.of());

    private final TextRepository texts;
    private final TextCommentRepository comments;
    private final TextViews views;
    /** Lazily: the project module needs the format registry, which needs this format. */
    private final ObjectProvider<Projects> projects;
    private final TemplateEngine templates;
    private final UiFactory uiFactory;
    private final MessageSource messages;

    TextFormat(TextRepository texts, TextCommentRepository comments, TextViews views, ObjectProvider<Projects> projects,
            TemplateEngine templates, UiFactory uiFactory, MessageSource messages) {
        this.texts = texts;
        this.comments = comments;
        this.views = views;
        this.projects = projects;
        this.templates = templates;
        this.uiFactory = uiFactory;
        this.messages = messages;
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Content render(PhaseContext phase) {
        DocumentView document = views.document(phase.phaseId());
        var ui = uiFactory.forCurrentRequest();
        return output -> templates.render("text/phase.jte", Map.of("ui", ui, "phase", phase, "document", document),
                output);
    }

    @Override
    public String setupPath(long phaseId) {
        return "/verwaltung/phasen/" + phaseId + "/text";
    }

    @Override
    public List<FormatStatistic> statistics(long phaseId) {
        long paragraphs = texts.latest(phaseId).map(v -> (long) texts.paragraphs(v.id()).size()).orElse(0L);
        return List.of(new FormatStatistic("format.text.stat.paragraphs", paragraphs),
                new FormatStatistic("format.text.stat.comments", comments.count(phaseId)),
                new FormatStatistic("format.text.stat.participants", comments.participants(phaseId)));
    }

    /**
     * Every thread's first comment, in the order of the paragraphs, with the number of replies; a
     * comment that led to a change counts as answered, as that is the city's answer to it.
     */
    @Override
    public FormatReport report(long phaseId, Locale locale) {
        var phase = projects.getObject().findPhase(phaseId).orElseThrow();
        String slug = projects.getObject().find(phase.projectId()).orElseThrow().slug();
        Map<String, Integer> order = new HashMap<>();
        Map<String, String> chapters = new HashMap<>();
        texts.latest(phaseId).ifPresent(v -> texts.paragraphs(v.id()).forEach(p -> {
            order.put(p.paragraphKey(), p.position());
            chapters.put(p.paragraphKey(), p.chapterTitle());
        }));
        List<TextComment> published = comments.published(phaseId);
        Map<Long, Long> replies = new HashMap<>();
        published.stream().filter(c -> c.rootId() != null).forEach(c -> replies.merge(c.rootId(), 1L, Long::sum));
        List<TextComment> firsts = new ArrayList<>(published.stream().filter(c -> c.depth() == 0).toList());
        firsts.sort(java.util.Comparator.comparingInt((TextComment c) -> order.getOrDefault(c.paragraphKey(),
                Integer.MAX_VALUE)).thenComparingLong(TextComment::id));
        List<FormatReport.Contribution> contributions = firsts.stream().map(c -> new FormatReport.Contribution(
                messages.getMessage("text.report.title", new Object[] { c.paragraphKey(), excerpt(c.body()) }, locale),
                "/projekte/" + slug + "/text/absatz/" + c.paragraphKey() + "#kommentar-" + c.id(),
                messages.getMessage("text.report.paragraph", new Object[] { c.paragraphKey(),
                        chapters.getOrDefault(c.paragraphKey(), "") }, locale),
                c.ledToVersion() == null ? null
                        : messages.getMessage("text.report.led-to", new Object[] { c.ledToVersion() }, locale),
                c.ledToVersion() != null, c.ups(), replies.getOrDefault(c.id(), 0L), null, null, null, null))
                .toList();
        return new FormatReport(statistics(phaseId), contributions, List.of(), List.of());
    }

    @Override
    public void export(String exportKey, long phaseId, OutputStream out) throws IOException {
        throw new IllegalArgumentException("The text format offers no export " + exportKey);
    }

    @Override
    public void deletePhase(long phaseId) {
        texts.deleteAll(phaseId);
    }

    @Override
    public String section() {
        return "textComments";
    }

    @Override
    public Object collect(long accountId) {
        return comments.byAuthor(accountId).stream()
                .map(c -> Map.of("paragraph", c.paragraphKey(), "text", c.body(), "date", c.createdAt().toString()))
                .toList();
    }

    private static String excerpt(String body) {
        String oneLine = body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }
}
