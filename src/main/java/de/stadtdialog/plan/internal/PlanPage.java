package de.stadtdialog.plan.internal;

import java.time.Instant;
import java.util.List;

/** An entry's public page: the entry, its history and the participation projects it led to. */
public record PlanPage(PlanCard card, List<HistoryLine> history, List<LinkedProject> projects,
        List<String> councilLinks, String areaJson) {

    /** A change as the page tells it; {@code fieldKeys} are message keys of the changed fields. */
    public record HistoryLine(Instant changedAt, String changedBy, String kindKey, List<String> fieldKeys) {
    }

    public record LinkedProject(String title, String url) {
    }
}
