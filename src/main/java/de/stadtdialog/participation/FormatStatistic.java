package de.stadtdialog.participation;

/** One counter of a phase, e.g. "12 Beiträge". */
public record FormatStatistic(String labelKey, long value) {
}
