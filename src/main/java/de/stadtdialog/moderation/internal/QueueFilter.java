package de.stadtdialog.moderation.internal;

import java.util.Set;

/**
 * The queue's filters as the page's parameters give them.
 *
 * @param status "offen" (default), "geprueft" or "ausgeblendet"
 * @param kind a content kind or null for all
 * @param category a report category or null for all
 */
public record QueueFilter(String status, String kind, Long projectId, String category) {

    static final Set<String> STATUSES = Set.of("offen", "geprueft", "ausgeblendet");

    static QueueFilter of(String status, String kind, String project, String category) {
        Long projectId = null;
        try {
            projectId = project == null || project.isBlank() ? null : Long.valueOf(project.strip());
        } catch (NumberFormatException e) {
            projectId = null;
        }
        return new QueueFilter(status != null && STATUSES.contains(status) ? status : "offen", blankToNull(kind), projectId,
                ReportCategory.known(category) ? category : null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filters as query parameters, to keep them after an action. */
    public String query() {
        StringBuilder query = new StringBuilder("status=" + status);
        if (kind != null) {
            query.append("&art=").append(java.net.URLEncoder.encode(kind, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (projectId != null) {
            query.append("&projekt=").append(projectId);
        }
        if (category != null) {
            query.append("&grund=").append(category);
        }
        return query.toString();
    }
}
