package de.stadtdialog.text.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level comparison of two paragraphs: the longest common subsequence of their words, so a
 * reader sees which words were deleted and which inserted rather than two whole paragraphs.
 */
public final class WordDiff {

    /** Beyond this many word pairs the table would cost more than the answer is worth. */
    private static final long MAX_CELLS = 4_000_000;

    public enum Kind {
        SAME, INSERTED, DELETED
    }

    /** Consecutive words of one kind. */
    public record Segment(Kind kind, String text) {

        public boolean inserted() {
            return kind == Kind.INSERTED;
        }

        public boolean deleted() {
            return kind == Kind.DELETED;
        }
    }

    private WordDiff() {
    }

    public static List<Segment> between(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        if ((long) a.length * b.length > MAX_CELLS) {
            List<Segment> whole = new ArrayList<>();
            add(whole, Kind.DELETED, String.join(" ", a));
            add(whole, Kind.INSERTED, String.join(" ", b));
            return whole;
        }
        int[][] common = table(a, b);
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(segments, Kind.SAME, a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
                add(segments, Kind.INSERTED, b[j++]);
            } else {
                add(segments, Kind.DELETED, a[i++]);
            }
        }
        return segments;
    }

    /** Twice the shared words over all words: 1 for equal texts, 0 for texts without a word in common. */
    public static double similarity(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        if (a.length + b.length == 0) {
            return 1;
        }
        if ((long) a.length * b.length > MAX_CELLS) {
            return 0;
        }
        return 2.0 * table(a, b)[0][0] / (a.length + b.length);
    }

    /** common[i][j] is the length of the longest common subsequence of a[i..] and b[j..]. */
    private static int[][] table(String[] a, String[] b) {
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }

    private static String[] words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? new String[0]
                : Arrays.stream(trimmed.split("\\s+")).toArray(String[]::new);
    }

    private static void add(List<Segment> segments, Kind kind, String words) {
        if (words.isEmpty()) {
            return;
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + " " + words));
        } else {
            segments.add(new Segment(kind, words));
        }
    }
}
