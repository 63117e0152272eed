package de.stadtdialog.event.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes events as iCalendar (RFC 5545): times in UTC, texts escaped, lines folded at 75 octets
 * without splitting a character. The UID stays the same for an event, so calendar programs update
 * a subscribed entry instead of adding a second one.
 */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    private ICalendar() {
    }

    static String of(String calendarName, List<Event> events, String baseUrl, String host) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Stadtdialog//Veranstaltungen//DE");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-TIMEZONE:Europe/Berlin");
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:event-" + event.id() + "@" + host);
            line(out, "DTSTAMP:" + UTC.format(event.updatedAt()));
            line(out, "LAST-MODIFIED:" + UTC.format(event.updatedAt()));
            line(out, "DTSTART:" + UTC.format(event.startsAt()));
            line(out, "DTEND:" + UTC.format(event.endsAt()));
            line(out, "SUMMARY:" + text(event.title()));
            line(out, "DESCRIPTION:" + text(event.description()));
            String location = location(event);
            if (location != null) {
                line(out, "LOCATION:" + text(location));
            }
            if (event.hasPoint()) {
                line(out, "GEO:" + event.latitude() + ";" + event.longitude());
            }
            line(out, "URL:" + baseUrl + event.url());
            line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private static String location(Event event) {
        if (event.placeName() == null && event.address() == null) {
            return event.kind().online() ? "Online" : null;
        }
        return event.placeName() == null ? event.address()
                : event.address() == null ? event.placeName() : event.placeName() + ", " + event.address();
    }

    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** Appends a content line folded so that no physical line is longer than 75 octets. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
