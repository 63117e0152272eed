package de.stadtdialog.moderation.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.stadtdialog.moderation.ModeratedItem;

/**
 * One line of the moderation queue.
 *
 * @param moderationCase null for an item that only waits for pre-moderation
 */
public record QueueRow(ModeratedItem item, ModerationCase moderationCase, List<Report> reports, String projectTitle) {

    public String key() {
        return item.kind() + ":" + item.id();
    }

    /** How often each reason was given in the open reports. */
    public Map<String, Integer> openCategories() {
        Map<String, Integer> counts = new TreeMap<>();
        reports.stream().filter(Report::open).forEach(r -> counts.merge(r.category(), 1, Integer::sum));
        return counts;
    }
}
