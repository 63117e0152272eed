package de.stadtdialog.survey.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
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
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.UiFactory;
import gg.jte.Content;
import gg.jte.TemplateEngine;

/** Registers the survey: a phase collects responses, a later phase (or the same after its end) shows results. */
@Component
class SurveyFormat implements ParticipationFormat {

    static final String KEY = "survey";
    static final String RESPOND = "survey.respond";
    static final String MANAGE = "survey.manage";

    private static final FormatDescriptor DESCRIPTOR = new FormatDescriptor(KEY, "format.survey.name",
            "format.survey.description",
            List.of(new FormatAction(RESPOND, "format.survey.action.respond", Audience.PARTICIPANT),
                    new FormatAction(MANAGE, "format.survey.action.manage", Audience.MANAGER)),
            List.of(new PhaseKind("collect", "format.survey.kind.collect", Set.of(RESPOND))),
            List.of(Requirement.ACCOUNT, Requirement.GUEST, Requirement.VERIFIED),
            List.of(new FormatExport("csv", "format.survey.export.csv", "text/csv; charset=UTF-8", "csv"),
                    new FormatExport("xlsx", "format.survey.export.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")));

    private final SurveyRepository surveys;
    private final SurveyExports exports;
    private final TemplateEngine templates;
    private final UiFactory uiFactory;
    private final SurveyResults results;
    private final org.springframework.context.MessageSource messages;
    private final java.time.Clock clock;
    /** Lazily: the project module needs the format registry, which needs this format. */
    private final ObjectProvider<Projects> projects;

    SurveyFormat(SurveyRepository surveys, SurveyExports exports, TemplateEngine templates, UiFactory uiFactory,
            SurveyResults results, org.springframework.context.MessageSource messages, java.time.Clock clock,
            ObjectProvider<Projects> projects) {
        this.projects = projects;
        this.clock = clock;
        this.results = results;
        this.messages = messages;
        this.surveys = surveys;
        this.exports = exports;
        this.templates = templates;
        this.uiFactory = uiFactory;
    }

    @Override
    public FormatDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Content render(PhaseContext phase) {
        Survey survey = surveys.ensured(phase.phaseId());
        var ui = uiFactory.forCurrentRequest();
        // the cached totals, counted with the results: the project page never counts the responses itself
        var totals = results.totals(phase.phaseId(), ui.t("survey.yes"), ui.t("survey.no"));
        return output -> templates.render("survey/phase.jte", Map.of("ui", ui, "phase", phase, "resultsPublic",
                survey.publicResults(phase.state()), "questions", surveys.questions(phase.phaseId()).size(),
                "participation", totals.participation(), "today", java.time.LocalDate.now(clock)), output);
    }

    @Override
    public String setupPath(long phaseId) {
        return "/verwaltung/phasen/" + phaseId + "/umfrage";
    }

    @Override
    public List<FormatStatistic> statistics(long phaseId) {
        // counted with the cached results, so the project page does not count every response on each view
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var totals = results.totals(phaseId, messages.getMessage("survey.yes", null, locale),
                messages.getMessage("survey.no", null, locale));
        long paper = totals.perChannel().getOrDefault("PAPER", 0L);
        return paper == 0 ? List.of(new FormatStatistic("format.survey.stat.responses", totals.responses()))
                : List.of(new FormatStatistic("format.survey.stat.responses", totals.responses()),
                        new FormatStatistic("format.survey.stat.paper", paper));
    }

    /**
     * Counts per channel, and the charts only where the results are public anyway: an application's
     * answers never are, and a survey whose results the initiators keep private stays so in the report.
     */
    @Override
    public FormatReport report(long phaseId, Locale locale) {
        String yes = messages.getMessage("survey.yes", null, locale);
        String no = messages.getMessage("survey.no", null, locale);
        var totals = results.totals(phaseId, yes, no);
        List<FormatStatistic> figures = new ArrayList<>();
        figures.add(new FormatStatistic("format.survey.stat.responses", totals.responses()));
        new java.util.TreeMap<>(totals.perChannel()).forEach((channel, count) -> figures.add(
                new FormatStatistic("survey.channel." + channel.toLowerCase(Locale.ROOT), count)));
        Survey survey = surveys.ensured(phaseId);
        var state = projects.getObject().findPhase(phaseId).orElseThrow().stateOn(java.time.LocalDate.now(clock));
        if (!survey.publicResults(state)) {
            return FormatReport.figuresOnly(figures);
        }
        String other = messages.getMessage("survey.results.other", null, locale);
        List<FormatReport.Chart> charts = new ArrayList<>();
        List<FormatReport.Place> places = new ArrayList<>();
        for (QuestionResult result : results.results(phaseId, null, yes, no)) {
            String title = result.question().title();
            if (!result.statements().isEmpty()) {
                for (var statement : result.statements()) {
                    charts.add(new FormatReport.Chart(title + " – " + statement.statement(), statement.answered(),
                            statement.cells().stream().map(cell -> bar(cell.label(other), cell.share(), cell.count(),
                                    cell.percent())).toList(), null));
                }
            } else if (!result.ranking().isEmpty()) {
                long most = result.ranking().size();
                charts.add(new FormatReport.Chart(title, result.answered(), result.ranking().stream()
                        .map(row -> new FormatReport.Bar(row.label(), row.averageRank() == null || most < 2 ? 0
                                : (most - row.averageRank()) / (most - 1),
                                messages.getMessage("report.chart.rank", new Object[] {row.averageText()}, locale)))
                        .toList(), null));
            } else if (!result.places().isEmpty()) {
                result.places().forEach(place -> places.add(new FormatReport.Place(
                        place.name() == null ? title : title + ": " + place.name(), place.lat(), place.lon())));
            } else if (result.freeText()) {
                charts.add(new FormatReport.Chart(title, result.answered(), List.of(),
                        messages.getMessage("report.chart.texts", new Object[] {result.answered()}, locale)));
            } else if (!result.rows().isEmpty()) {
                charts.add(new FormatReport.Chart(title, result.answered(), result.rows().stream()
                        .map(row -> bar(row.label(other), row.share(), row.count(), row.percent())).toList(),
                        result.average() == null ? null
                                : messages.getMessage("report.chart.average", new Object[] {result.averageText()},
                                        locale)));
            }
        }
        return new FormatReport(figures, List.of(), charts, places);
    }

    private static FormatReport.Bar bar(String label, double share, long count, String percent) {
        return new FormatReport.Bar(label, share, count + " (" + percent + ")");
    }

    @Override
    public void export(String exportKey, long phaseId, OutputStream out) throws IOException {
        exports.write(exportKey, phaseId, out);
    }

    @Override
    public void deletePhase(long phaseId) {
        surveys.delete(phaseId);
    }
}
