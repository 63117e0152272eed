package de.stadtdialog.project;

import java.time.LocalDate;
import java.util.List;

/**
 * Dated entries another module adds to a project's timeline between its phases, such as its events.
 * The project module places them by date and knows nothing of the module behind them.
 */
public interface ProjectTimelineSource {

    List<Entry> entries(Project project);

    /**
     * @param labelKey the message key of what it is, e.g. "Veranstaltung"
     * @param note a short line below the title (time and place), or null
     */
    record Entry(LocalDate date, String title, String url, String labelKey, String note) {
    }
}
