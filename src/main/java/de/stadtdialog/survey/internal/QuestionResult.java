package de.stadtdialog.survey.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of one question as its type reads: a row per option or value with count and share,
 * a distribution per statement (matrix), the options by average rank (ranking), the places
 * (location) or the texts. Free texts come twice: all with their review state for staff, and those
 * the public may read.
 *
 * @param correctShare for a graded quiz question, the share of responses that answered it correctly
 * @param crossTable the answers broken down by the answers to another question, when one was chosen
 */
public record QuestionResult(Question question, long answered, List<Row> rows, Double average,
        List<TextAnswer> allTexts, List<TextAnswer> publicTexts, List<StatementRow> statements,
        List<RankRow> ranking, List<Place> places, Double correctShare, CrossTable crossTable) {

    /** The bars of the charts are at most this many SVG units wide. */
    public static final int BAR = 300;

    static QuestionResult rows(Question question, long answered, List<Row> rows, Double average) {
        return new QuestionResult(question, answered, rows, average, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null);
    }

    /**
     * @param share of the answered, 0 to 1
     * @param rank in a vote, the place by count (equal counts share a place); 0 elsewhere
     * @param other the row of "Sonstiges", whose label the page supplies
     * @param image the option's picture in an image choice, or null
     */
    public record Row(String label, long count, double share, int rank, boolean other, boolean correct,
            OptionImage image) {

        public Row(String label, long count, double share) {
            this(label, count, share, 0, false, false, null);
        }

        public String percent() {
            return QuestionResult.percent(share);
        }

        /** The label to show: "Sonstiges" comes in the reader's language. */
        public String label(String otherLabel) {
            return other ? otherLabel : label;
        }

        /** The bar's width in the chart. */
        public long width() {
            return Math.round(share * BAR);
        }

        Row ranked(int place) {
            return new Row(label, count, share, place, other, correct, image);
        }
    }

    /** A matrix's statement with the distribution of its answers over the shared scale. */
    public record StatementRow(String statement, long answered, List<Row> cells) {

        /** The stacked bar's parts, left to right; cumulative rounding keeps the bar's width exact. */
        public List<Segment> segments() {
            List<Segment> segments = new ArrayList<>();
            long before = 0;
            for (int i = 0; i < cells.size(); i++) {
                long count = cells.get(i).count();
                if (count == 0 || answered == 0) {
                    continue;
                }
                long from = Math.round((double) before * BAR / answered);
                long to = Math.round((double) (before + count) * BAR / answered);
                segments.add(new Segment(scaleClass(i, cells.size()), from, Math.max(1, to - from),
                        cells.get(i).percent()));
                before += count;
            }
            return segments;
        }
    }

    /** A part of a stacked bar, coloured by its scale option. */
    public record Segment(String cssClass, long x, long width, String percent) {
    }

    /**
     * The colour of a scale option: the scale spreads over seven colours from dark blue through grey
     * to dark orange, so its ends differ most and a middle option is neutral.
     */
    public static String scaleClass(int step, int steps) {
        return "chart-scale--" + (steps < 2 ? 0 : Math.round(step * 6.0 / (steps - 1)));
    }

    /** A ranked option: the mean of the ranks people gave it (1 is best) and how often it came first. */
    public record RankRow(String label, long answered, Double averageRank, long firstPlaces) {

        public String averageText() {
            return averageRank == null ? "–" : String.format(Locale.GERMANY, "%.1f", averageRank);
        }

        /** A bar that is longer the better the option was ranked: the full width for rank 1 everywhere. */
        public long width(int options) {
            if (averageRank == null || options < 2) {
                return 0;
            }
            return Math.round((options - averageRank) / (options - 1) * BAR);
        }
    }

    /** A place chosen on the map, as stored ("lat,lon"), with its name when it is one of the question's named places. */
    public record Place(double lat, double lon, String name) {

        static Place parse(String stored, List<Question.Place> named) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split(",");
            try {
                if (parts.length != 2) {
                    return null;
                }
                double lat = Double.parseDouble(parts[0].strip());
                double lon = Double.parseDouble(parts[1].strip());
                String name = named.stream().filter(p -> same(p.lat(), lat) && same(p.lon(), lon)).findFirst()
                        .map(Question.Place::name).orElse(null);
                return new Place(lat, lon, name);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** Answers keep six decimals (about 10 cm), so a named place's answer matches it to that precision. */
        private static boolean same(double a, double b) {
            return Math.abs(a - b) < 0.0000005;
        }

        public String coordinates() {
            return String.format(Locale.ROOT, "%.6f, %.6f", lat, lon);
        }

        public String text() {
            return name == null ? coordinates() : name + " (" + coordinates() + ")";
        }
    }

    /** Rows are this question's options, columns the options of the question the answers are broken down by. */
    public record CrossTable(Question by, List<Column> columns, List<CrossRow> rows) {
    }

    /** @param answered how many in this column answered the question: the base of the column's shares */
    public record Column(String label, boolean other, long answered) {

        public String label(String otherLabel) {
            return other ? otherLabel : label;
        }
    }

    public record CrossRow(String label, boolean other, List<Cell> cells) {

        public String label(String otherLabel) {
            return other ? otherLabel : label;
        }
    }

    public record Cell(long count, double share) {

        public String percent() {
            return QuestionResult.percent(share);
        }
    }

    static String percent(double share) {
        return String.format(Locale.GERMANY, "%.0f %%", share * 100);
    }

    static double share(long count, long of) {
        return of == 0 ? 0 : (double) count / of;
    }

    public boolean chart() {
        return !rows.isEmpty();
    }

    public String averageText() {
        return average == null ? "" : String.format(Locale.GERMANY, "%.1f", average);
    }

    /** Whether the texts are free texts, which moderators review (dates are not). */
    public boolean freeText() {
        return SurveyResults.freeText(question);
    }

    /** The texts a reader sees: staff all of them (with their state), the public what may be published. */
    public List<TextAnswer> texts(boolean staff) {
        return staff ? allTexts : publicTexts;
    }

    public String correctPercent() {
        return correctShare == null ? "" : percent(correctShare);
    }

    /** The places as GeoJSON, for the map that enhances the list. */
    public String placesGeoJson() {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < places.size(); i++) {
            Place place = places.get(i);
            json.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{},\"geometry\":")
                    .append(String.format(Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}}",
                            place.lon(), place.lat()));
        }
        return json.append("]}").toString();
    }

    /** Whether more people wrote a text than the list shows (it shows the newest {@code SurveyResults.TEXTS_SHOWN}). */
    public boolean moreThanShown(List<?> shown) {
        return shown.size() >= SurveyResults.TEXTS_SHOWN && answered > shown.size();
    }
}
