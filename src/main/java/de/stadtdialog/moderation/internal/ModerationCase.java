package de.stadtdialog.moderation.internal;

import java.time.Instant;

/**
 * What the queue knows about one reported or moderated item.
 *
 * @param state OPEN until a moderator decided, then REVIEWED
 * @param openReports reports since the last decision
 */
public record ModerationCase(long id, String kind, long itemId, long projectId, long organisationId, String state,
        boolean hidden, int openReports, String ruleTitle, Instant updatedAt) {

    static final String COLUMNS = "id, kind, item_id, project_id, organisation_id, state, hidden, open_reports, "
            + "rule_title, updated_at";

    public boolean open() {
        return "OPEN".equals(state);
    }

    /** The key of the item in forms: kind and id. */
    public String key() {
        return kind + ":" + itemId;
    }
}
