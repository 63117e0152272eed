package de.stadtdialog.idea.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

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
import de.stadtdialog.project.Project;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.UiFactory;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/**
 * Registers the idea collection: one collection per project, whose phases collect ideas, rate
 * them, review them (read only), put admitted ideas to the vote, and finally show the answers.
 */
@Component
class IdeaFormat implements ParticipationFormat {

    static final String KEY = "idea";
    static final String SUBMIT = "idea.submit";
    static final String COMMENT = "idea.comment";
    static final String RATE = "idea.rate";
    static final String VOTE = "idea.vote";
    static final String MANAGE = "idea.manage";

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor(KEY, "format.idea.name",
            "format.idea.description",
            List.of(new FormatAction(SUBMIT, "format.idea.action.submit", Audience.PARTICIPANT),
                    new FormatAction(COMMENT, "format.idea.action.comment", Audience.PARTICIPANT),
                    new FormatAction(RATE, "format.idea.action.rate", Audience.PARTICIPANT),
                    new FormatAction(VOTE, "format.idea.action.vote", Audience.PARTICIPANT),
                    new FormatAction(MANAGE, "format.idea.action.manage", Audience.MANAGER)),
            List.of(new PhaseKind("collect", "format.idea.kind.collect", Set.of(SUBMIT, COMMENT, RATE)),
                    new PhaseKind("rate", "format.idea.kind.rate", Set.of(RATE)),
                    new PhaseKind("review", "format.idea.kind.review", Set.of()),
                    new PhaseKind("vote", "format.idea.kind.vote", Set.of(VOTE)),
                    new PhaseKind("closed", "format.idea.kind.closed", Set.of())),
            List.of(Requirement.ACCOUNT, Requirement.GUEST, Requirement.VERIFIED),
            List.of(new FormatExport("csv", "format.idea.export.csv", "text/csv; charset=UTF-8", "csv"),
                    new FormatExport("xlsx", "format.idea.export.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
                    new FormatExport("geojson", "format.idea.export.geojson", "application/geo+json", "geojson")));

    private final IdeaSetup setup;
    private final IdeaRepository ideas;
    private final IdeaViews views;
    private final IdeaCounts counts;
    private final IdeaExports exports;
    /** Lazily: the project module needs the format registry, which needs this format. */
    private final ObjectProvider<Projects> projects;
    private final TemplateEngine templates;
    private final UiFactory uiFactory;

    IdeaFormat(IdeaSetup setup, IdeaRepository ideas, IdeaViews views, IdeaCounts counts, IdeaExports exports, ObjectProvider<Projects> projects,
            TemplateEngine templates, UiFactory uiFactory) {
        this.uiFactory = uiFactory;
        this.counts = counts;
        this.setup = setup;
        this.ideas = ideas;
        this.views = views;
        this.exports = exports;
        this.projects = projects;
        this.templates = templates;
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Content render(PhaseContext phase) {
        setup.ensure(phase.projectId());
        IdeaSettings settings = ideas.settings(phase.projectId()).orElseThrow();
        var teaser = views.teaser(phase, settings);
        var ui = uiFactory.forCurrentRequest();
        return output -> templates.render("idea/phase.jte", Map.of("ui", ui, "phase", phase, "teaser", teaser),
                output);
    }

    @Override
    public String setupPath(long phaseId) {
        return "/verwaltung/phasen/" + phaseId + "/ideen";
    }

    @Override
    public List<FormatStatistic> statistics(long phaseId) {
        long projectId = projects.getObject().findPhase(phaseId).orElseThrow().projectId();
        IdeaTotals totals = counts.totals(projectId);
        return List.of(new FormatStatistic("format.idea.stat.ideas", totals.ideas()),
                new FormatStatistic("format.idea.stat.comments", totals.comments()),
                new FormatStatistic("format.idea.stat.supports", totals.supports()),
                new FormatStatistic("format.idea.stat.participants", totals.participants()));
    }

    /** Published ideas only, most supported first: those are the ones the city owes an answer to first. */
    @Override
    public FormatReport report(long phaseId, Locale locale) {
        Project project = projects.getObject().find(
                projects.getObject().findPhase(phaseId).orElseThrow().projectId()).orElseThrow();
        IdeaViews.Lookups lookups = views.lookups(project.id());
        List<Idea> published = new ArrayList<>();
        ideas.forEachChunk(project.id(), 500, chunk -> chunk.stream()
                .filter(idea -> idea.visibility() == Idea.Visibility.PUBLISHED).forEach(published::add));
        published.sort(Comparator.comparingLong(Idea::supports).reversed()
                .thenComparing(Comparator.comparingLong(Idea::comments).reversed())
                .thenComparingLong(Idea::id));
        List<FormatReport.Contribution> contributions = new ArrayList<>();
        List<FormatReport.Place> places = new ArrayList<>();
        for (Idea idea : published) {
            Category category = lookups.categoryById().get(idea.categoryId());
            IdeaStatus status = lookups.statusById().get(idea.statusId());
            contributions.add(new FormatReport.Contribution(idea.title(),
                    "/projekte/" + project.slug() + "/ideen/" + idea.id(), category == null ? null : category.name(),
                    status == null ? null : status.name(),
                    idea.responseMd() != null || (status != null && status.meaning() != IdeaStatus.Meaning.RECEIVED),
                    idea.supports(), idea.comments(), idea.responseMd(),
                    idea.place(), idea.lat(), idea.lon()));
            if (idea.lat() != null && idea.lon() != null) {
                places.add(new FormatReport.Place(idea.place() == null ? idea.title() : idea.title() + " (" + idea.place() + ")",
                        idea.lat(), idea.lon()));
            }
        }
        return new FormatReport(statistics(phaseId), contributions, List.of(), places);
    }

    @Override
    public void export(String exportKey, long phaseId, OutputStream out) throws IOException {
        long projectId = projects.getObject().findPhase(phaseId).orElseThrow().projectId();
        exports.write(exportKey, projectId, out);
    }

    @Override
    public void deletePhase(long phaseId) {
        projects.getObject().findPhase(phaseId).ifPresent(phase -> {
            boolean lastIdeaPhase = projects.getObject().phases(phase.projectId()).stream()
                    .noneMatch(p -> p.id() != phaseId && KEY.equals(p.formatKey()));
            if (lastIdeaPhase) {
                ideas.deleteCollection(phase.projectId());
            }
        });
    }
}
