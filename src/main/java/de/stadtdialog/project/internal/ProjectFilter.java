package de.stadtdialog.project.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import de.stadtdialog.project.ProjectState;

/** The overview's filters, as they arrive in the query string. Unknown values are ignored. */
public class ProjectFilter {

    public String q = "";
    public String status = "";
    public Long topic;
    public Long organisation;
    public Long district;
    /** "veroeffentlicht" for projects with published results, "ausstehend" for finished ones still without. */
    public String ergebnisse = "";

    ProjectState state() {
        return ProjectState.fromSlug(status);
    }

    boolean matches(ProjectCard card) {
        ProjectState wanted = state();
        return (wanted == null || card.state() == wanted)
                && (organisation == null || card.project().organisationId() == organisation)
                && (topic == null || card.topics().stream().anyMatch(t -> t.id() == topic))
                && (district == null || card.districts().stream().anyMatch(d -> d.id() == district))
                && matchesResults(card)
                && matchesText(card);
    }

    private boolean matchesResults(ProjectCard card) {
        return switch (ergebnisse == null ? "" : ergebnisse) {
            case "veroeffentlicht" -> card.results() == ResultsState.PUBLISHED;
            case "ausstehend" -> card.results().waiting();
            default -> true;
        };
    }

    private boolean matchesText(ProjectCard card) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String haystack = (card.project().title() + " " + card.project().teaser() + " " + card.organisationName()
                + " " + String.join(" ", card.topics().stream().map(t -> t.name()).toList()) + " "
                + String.join(" ", card.districts().stream().map(d -> d.name()).toList())).toLowerCase(Locale.GERMAN);
        for (String word : q.toLowerCase(Locale.GERMAN).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The overview's address with these filters on the given page, for links that keep them. */
    public String pageUrl(int number) {
        StringBuilder query = new StringBuilder();
        append(query, "q", q == null ? null : q.strip());
        append(query, "status", state() == null ? null : state().slug());
        append(query, "topic", topic);
        append(query, "organisation", organisation);
        append(query, "district", district);
        append(query, "ergebnisse", "veroeffentlicht".equals(ergebnisse) || "ausstehend".equals(ergebnisse)
                ? ergebnisse : null);
        if (number > 1) {
            append(query, "seite", number);
        }
        return "/projekte" + (query.isEmpty() ? "" : "?" + query) + "#list-title";
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
    }

    boolean active() {
        return (q != null && !q.isBlank()) || state() != null || topic != null || organisation != null
                || district != null
                || "veroeffentlicht".equals(ergebnisse) || "ausstehend".equals(ergebnisse);
    }
}
