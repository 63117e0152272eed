package de.stadtdialog.participation;

import java.util.List;

/**
 * What a phase produced, in a shape the results page and the council report render without knowing
 * the format: figures (per channel where the format has channels), the contributions with the
 * city's answer, charts of counted answers, and places.
 *
 * @param figures counters as on the project page; channel counters use the label keys of their channel
 */
public record FormatReport(List<FormatStatistic> figures, List<Contribution> contributions, List<Chart> charts,
        List<Place> places) {

    public FormatReport {
        figures = List.copyOf(figures);
        contributions = List.copyOf(contributions);
        charts = List.copyOf(charts);
        places = List.copyOf(places);
    }

    public static FormatReport figuresOnly(List<FormatStatistic> figures) {
        return new FormatReport(figures, List.of(), List.of(), List.of());
    }

    /**
     * A citizen's contribution and what the city answered.
     *
     * @param status the status name the initiators gave it, or null while it has none
     * @param answered whether the city has answered it: a response, or a status beyond "received"
     * @param responseMd the city's official response (Markdown), or null
     * @param place a place's name or address, or null
     */
    public record Contribution(String title, String url, String category, String status, boolean answered, long supports,
            long comments, String responseMd, String place, Double lat, Double lon) {
    }

    /**
     * Counted answers to one question, largest first as the format orders them.
     *
     * @param note what the chart cannot show, e.g. how many free-text answers there were; may be null
     */
    public record Chart(String title, long answered, List<Bar> bars, String note) {

        public Chart {
            bars = List.copyOf(bars);
        }
    }

    /**
     * @param share of the answered, 0 to 1; the bar's length
     * @param value what is printed next to the bar, e.g. "42 (35 %)"
     */
    public record Bar(String label, double share, String value) {
    }

    public record Place(String label, double lat, double lon) {
    }
}
