package de.stadtdialog.survey.internal;

import java.util.List;

/** The result of one question: a row per option or value with count and share, or the free texts. */
public record QuestionResult(Question question, long answered, List<Row> rows, Double average,
        List<String> texts) {

    /** @param share of the answered, 0 to 1 */
    public record Row(String label, long count, double share) {

        public String percent() {
            return String.format(java.util.Locale.GERMANY, "%.0f %%", share * 100);
        }

        /** The bar's width in the chart, whose bars are 300 units wide at most. */
        public long width() {
            return Math.round(share * 300);
        }
    }

    public boolean chart() {
        return !rows.isEmpty();
    }

    public String averageText() {
        return average == null ? "" : String.format(java.util.Locale.GERMANY, "%.1f", average);
    }
}
