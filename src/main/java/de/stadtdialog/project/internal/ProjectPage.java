package de.stadtdialog.project.internal;

import java.time.LocalDate;
import de.stadtdialog.project.ProjectTimelineSource;
import java.util.List;

import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.participation.FormatStatistic;
import de.stadtdialog.permission.PhaseState;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectState;
import de.stadtdialog.project.Taxonomy.Term;
import de.stadtdialog.shared.markdown.SafeHtml;
import gg.jte.Content;

/** Everything the public project page shows. */
public record ProjectPage(Project project, Organisation organisation, ProjectState state, List<TimelineItem> timeline,
        TimelineItem shown, Content formatContent, List<FormatStatistic> statistics, SafeHtml description,
        SafeHtml results, ResultsState resultsState, SafeHtml easyLanguage, String areaGeometry, List<Term> topics, List<Term> districts,
        boolean canEdit, boolean following) {

    public record TimelineItem(Phase phase, PhaseState state, String formatNameKey, boolean shown) {

        public String cssModifier() {
            return switch (state) {
                case PAST -> "timeline__item--past";
                case ACTIVE -> "timeline__item--active";
                case UPCOMING -> "timeline__item--upcoming";
            };
        }

        public String stateKey() {
            return "phase.state." + state.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The phases and the dated entries of other modules (events) in the order of time. */
    public record TimelineRow(TimelineItem phase, ProjectTimelineSource.Entry entry) {

        LocalDate date() {
            return phase != null ? phase.phase().startsOn() : entry.date();
        }
    }

    public List<TimelineRow> rows(List<ProjectTimelineSource.Entry> entries) {
        List<TimelineRow> rows = new java.util.ArrayList<>();
        timeline.forEach(item -> rows.add(new TimelineRow(item, null)));
        entries.forEach(entry -> rows.add(new TimelineRow(null, entry)));
        rows.sort(java.util.Comparator.comparing(TimelineRow::date));
        return rows;
    }

    public boolean draft() {
        return project.status() == de.stadtdialog.project.ProjectStatus.DRAFT;
    }

    public boolean archived() {
        return project.status() == de.stadtdialog.project.ProjectStatus.ARCHIVED;
    }
}
