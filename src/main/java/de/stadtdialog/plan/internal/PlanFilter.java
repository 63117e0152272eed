package de.stadtdialog.plan.internal;

import java.util.Locale;

import de.stadtdialog.plan.PlanStatus;

/** The list's filters, as they arrive in the query string. Unknown values are ignored. */
public class PlanFilter {

    public static final String WITH_PARTICIPATION = "ja";
    public static final String WITHOUT_PARTICIPATION = "nein";

    public String q = "";
    public Long organisation;
    public Long district;
    public Long topic;
    public String status = "";
    public String beteiligung = "";
    public String ansicht = "";

    PlanStatus state() {
        for (PlanStatus candidate : PlanStatus.values()) {
            if (candidate.name().equals(status)) {
                return candidate;
            }
        }
        return null;
    }

    boolean matches(PlanCard card) {
        PlanStatus wanted = state();
        Plan plan = card.plan();
        return (organisation == null || plan.organisationId() == organisation)
                && (district == null || card.districts().stream().anyMatch(d -> d.id() == district))
                && (topic == null || card.topics().stream().anyMatch(t -> t.id() == topic))
                && (wanted == null || plan.status() == wanted)
                && (!WITH_PARTICIPATION.equals(beteiligung) || plan.participationPlanned())
                && (!WITHOUT_PARTICIPATION.equals(beteiligung) || !plan.participationPlanned())
                && matchesText(plan);
    }

    /** Every word must occur in the title or the description. */
    private boolean matchesText(Plan plan) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String haystack = (plan.title() + " " + plan.description()).toLowerCase(Locale.GERMAN);
        for (String word : q.toLowerCase(Locale.GERMAN).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public boolean active() {
        return (q != null && !q.isBlank()) || organisation != null || district != null || topic != null
                || state() != null || WITH_PARTICIPATION.equals(beteiligung)
                || WITHOUT_PARTICIPATION.equals(beteiligung);
    }

    public boolean mapView() {
        return "karte".equals(ansicht);
    }

    /** The query string of the filters, for export links that keep them. */
    public String query() {
        StringBuilder query = new StringBuilder();
        append(query, "q", q);
        append(query, "organisation", organisation);
        append(query, "district", district);
        append(query, "topic", topic);
        append(query, "status", state());
        append(query, "beteiligung", beteiligung);
        return query.isEmpty() ? "" : "?" + query;
    }

    /** The list's address with these filters and view on the given page, for links that keep them. */
    public String pageUrl(int number) {
        StringBuilder query = new StringBuilder(query());
        if (mapView()) {
            query.append(query.isEmpty() ? "?" : "&").append("ansicht=karte");
        }
        if (number > 1) {
            query.append(query.isEmpty() ? "?" : "&").append("seite=").append(number);
        }
        return "/vorhaben" + query + "#list-title";
    }

    private static void append(StringBuilder query, String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
