package de.stadtdialog.project.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.participation.FormatReport;
import de.stadtdialog.participation.FormatStatistic;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectResult;
import de.stadtdialog.project.Taxonomy.Term;
import de.stadtdialog.shared.markdown.SafeHtml;

/**
 * Everything a project produced and what the city made of it: the content of the results page and
 * of the council report (Ergebnisbericht), which print the same facts.
 *
 * @param contributions every published contribution of all phases, most supported first
 */
public record ProjectReport(Project project, Organisation organisation, List<Term> topics, List<Term> districts,
        LocalDate start, LocalDate end, ResultsState state, ProjectResult result, SafeHtml summary, SafeHtml adopted,
        SafeHtml rejected, List<PhaseReport> phases, List<Contribution> contributions, List<FormatReport.Place> places,
        LocalDate generatedOn) {

    /** @param formatNameKey the message key of the format's name */
    public record PhaseReport(Phase phase, String formatNameKey, List<FormatStatistic> figures,
            List<FormatReport.Chart> charts) {
    }

    /** A contribution with the city's response as HTML. */
    public record Contribution(FormatReport.Contribution item, SafeHtml response) {

        public boolean answered() {
            return item.answered();
        }
    }

    /** How many contributions have each status; those without one count under null. */
    public Map<String, Long> statusCounts() {
        Map<String, Long> counts = new TreeMap<>(java.util.Comparator.nullsLast(String::compareTo));
        contributions.forEach(c -> counts.merge(c.item().status(), 1L, Long::sum));
        return counts;
    }

    public long answeredCount() {
        return contributions.stream().filter(Contribution::answered).count();
    }

    public List<String> categories() {
        return contributions.stream().map(c -> c.item().category()).filter(java.util.Objects::nonNull).distinct()
                .sorted().toList();
    }
}
