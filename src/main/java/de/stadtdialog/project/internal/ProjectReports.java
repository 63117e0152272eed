package de.stadtdialog.project.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.participation.FormatRegistry;
import de.stadtdialog.participation.FormatReport;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectResult;
import de.stadtdialog.project.Timeline;
import de.stadtdialog.shared.markdown.Markdown;

/**
 * Gathers a project's report from the project, its results section and what each phase's format
 * reports. Formats that share one collection across phases (ideas) report the same contributions
 * in each of them; they are counted once.
 */
@Component
class ProjectReports {

    private final ProjectRepository projects;
    private final ResultRepository results;
    private final TaxonomyRepository taxonomy;
    private final Organisations organisations;
    private final FormatRegistry formats;
    private final Markdown markdown;
    private final Clock clock;
    private final ResultsDeadline deadline;

    ProjectReports(ProjectRepository projects, ResultRepository results, TaxonomyRepository taxonomy,
            Organisations organisations, FormatRegistry formats, Markdown markdown, Clock clock,
            ResultsDeadline deadline) {
        this.projects = projects;
        this.results = results;
        this.taxonomy = taxonomy;
        this.organisations = organisations;
        this.formats = formats;
        this.markdown = markdown;
        this.clock = clock;
        this.deadline = deadline;
    }

    /** @param headingLevel the level of the result texts' own headings, below the page's */
    ProjectReport report(Project project, Locale locale, int headingLevel) {
        LocalDate today = LocalDate.now(clock);
        List<Phase> phases = projects.phases(project.id());
        Timeline timeline = new Timeline(phases, today);
        ProjectResult result = results.find(project.id());
        List<ProjectReport.PhaseReport> phaseReports = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ProjectReport.Contribution> contributions = new ArrayList<>();
        Set<FormatReport.Place> places = new LinkedHashSet<>();
        for (Phase phase : timeline.phases()) {
            var format = formats.find(phase.formatKey());
            if (format.isEmpty()) {
                continue;
            }
            FormatReport report = format.get().report(phase.id(), locale);
            phaseReports.add(new ProjectReport.PhaseReport(phase, format.get().descriptor().nameKey(),
                    report.figures(), report.charts()));
            for (FormatReport.Contribution contribution : report.contributions()) {
                if (seen.add(contribution.url())) {
                    contributions.add(new ProjectReport.Contribution(contribution,
                            markdown.render(contribution.responseMd(), headingLevel + 1)));
                }
            }
            places.addAll(report.places());
        }
        var ids = Set.of(project.id());
        return new ProjectReport(project, organisations.find(project.organisationId()).orElseThrow(),
                taxonomy.topicsOf(ids).getOrDefault(project.id(), List.of()),
                taxonomy.districtsOf(ids).getOrDefault(project.id(), List.of()), timeline.start().orElse(null),
                timeline.end().orElse(null),
                deadline.state(result.published(), timeline.end().orElse(null)), result,
                markdown.render(result.summaryMd(), headingLevel), markdown.render(result.adoptedMd(), headingLevel),
                markdown.render(result.rejectedMd(), headingLevel), phaseReports, contributions, List.copyOf(places),
                today);
    }
}
