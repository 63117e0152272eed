package de.stadtdialog.survey.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many responses arrived on each day and through each channel, for a column chart and its
 * table; with the average score when the survey is a quiz.
 */
public record Participation(List<Day> days, Double averageScore) {

    /** The channels in the order the chart stacks them, from the bottom. */
    public static final List<String> CHANNELS = List.of("ONLINE", "KIOSK", "PAPER");

    /** The chart's height in SVG units; each day is a column {@link #COLUMN} units wide, the chart at least {@link #MIN_WIDTH}. */
    public static final int HEIGHT = 80;
    public static final int COLUMN = 10;
    public static final int MIN_WIDTH = 280;

    public record Day(LocalDate date, Map<String, Long> perChannel) {

        public long count(String channel) {
            return perChannel.getOrDefault(channel, 0L);
        }

        public long total() {
            return perChannel.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One channel's part of a day's column, top-down coordinates. */
    public record Segment(String channel, long y, long height) {

        public String cssClass() {
            return "chart-channel--" + name(channel);
        }
    }

    /** How messages and CSS classes name a channel: "online", "kiosk", "paper". */
    public static String name(String channel) {
        return channel.toLowerCase(java.util.Locale.ROOT);
    }

    /** Responses from that day on, in all channels: the project page's "in the last seven days". */
    public long since(LocalDate first) {
        return days.stream().filter(day -> !day.date().isBefore(first)).mapToLong(Day::total).sum();
    }

    public long count(String channel) {
        return days.stream().mapToLong(day -> day.count(channel)).sum();
    }

    public long responses() {
        return days.stream().mapToLong(Day::total).sum();
    }

    public String averageScoreText() {
        return averageScore == null ? "" : String.format(java.util.Locale.GERMANY, "%.1f", averageScore);
    }

    public boolean empty() {
        return days.isEmpty();
    }

    public int width() {
        return Math.max(MIN_WIDTH, days.size() * COLUMN);
    }

    /** The stacked parts of a day's column; cumulative rounding keeps the column's total exact. */
    public List<Segment> segments(Day day) {
        long most = days.stream().mapToLong(Day::total).max().orElse(0);
        List<Segment> segments = new ArrayList<>();
        long below = 0;
        for (String channel : CHANNELS) {
            long count = day.count(channel);
            if (count == 0 || most == 0) {
                continue;
            }
            long bottom = Math.round((double) below * HEIGHT / most);
            long top = Math.round((double) (below + count) * HEIGHT / most);
            segments.add(new Segment(channel, HEIGHT - top, Math.max(1, top - bottom)));
            below += count;
        }
        return segments;
    }
}
