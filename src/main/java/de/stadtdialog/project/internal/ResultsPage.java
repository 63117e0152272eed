package de.stadtdialog.project.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public results page: the report, and one page of the contributions as a visitor filtered them
 * (by status, category or words). Filters travel in the URL so every view can be bookmarked.
 */
public record ResultsPage(ProjectReport report, boolean canEdit, Filter filter,
        List<ProjectReport.Contribution> shown, int matching, int pageNumber, int pages) {

    static final int PAGE_SIZE = 50;

    /** @param status a status name, "offen" for contributions without one, or empty for all */
    public record Filter(String status, String category, String text) {

        static final String NO_STATUS = "offen";

        boolean active() {
            return !status.isEmpty() || !category.isEmpty() || !text.isEmpty();
        }

        boolean matches(ProjectReport.Contribution contribution) {
            var item = contribution.item();
            return (status.isEmpty() || (NO_STATUS.equals(status) ? item.status() == null : status.equals(item.status())))
                    && (category.isEmpty() || category.equals(item.category()))
                    && matchesText(item.title() + " " + (item.responseMd() == null ? "" : item.responseMd()));
        }

        private boolean matchesText(String haystack) {
            String lower = haystack.toLowerCase(Locale.GERMAN);
            for (String word : text.toLowerCase(Locale.GERMAN).split("\\s+")) {
                if (!word.isEmpty() && !lower.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }

    static ResultsPage of(ProjectReport report, boolean canEdit, Filter filter, int requestedPage) {
        List<ProjectReport.Contribution> matching = report.contributions().stream().filter(filter::matches).toList();
        int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(Math.max(1, requestedPage), pages);
        int from = (page - 1) * PAGE_SIZE;
        return new ResultsPage(report, canEdit, filter,
                matching.subList(Math.min(from, matching.size()), Math.min(from + PAGE_SIZE, matching.size())),
                matching.size(), page, pages);
    }

    public boolean filtered() {
        return filter.active();
    }

    public String pageUrl(int number) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/projekte/" + report.project().slug() + "/ergebnisse");
        if (!filter.status().isEmpty()) {
            uri.queryParam("status", filter.status());
        }
        if (!filter.category().isEmpty()) {
            uri.queryParam("kategorie", filter.category());
        }
        if (!filter.text().isEmpty()) {
            uri.queryParam("suche", filter.text());
        }
        if (number > 1) {
            uri.queryParam("seite", number);
        }
        return uri.encode().build().toUriString() + "#beitraege";
    }
}
