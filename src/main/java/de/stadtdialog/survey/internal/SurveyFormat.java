package de.stadtdialog.survey.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import de.stadtdialog.participation.FormatAction;
import de.stadtdialog.participation.FormatDescriptor;
import de.stadtdialog.participation.FormatExport;
import de.stadtdialog.participation.FormatStatistic;
import de.stadtdialog.participation.ParticipationFormat;
import de.stadtdialog.participation.PhaseContext;
import de.stadtdialog.participation.PhaseKind;
import de.stadtdialog.permission.Audience;
import de.stadtdialog.permission.Requirement;
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

    SurveyFormat(SurveyRepository surveys, SurveyExports exports, TemplateEngine templates, UiFactory uiFactory,
            SurveyResults results, org.springframework.context.MessageSource messages, java.time.Clock clock) {
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
        var ui = uiFactory.create(((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest());
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

    @Override
    public void export(String exportKey, long phaseId, OutputStream out) throws IOException {
        exports.write(exportKey, phaseId, out);
    }

    @Override
    public void deletePhase(long phaseId) {
        surveys.delete(phaseId);
    }
}
