package de.stadtdialog.event.internal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An event with what lists show beside it. */
public record EventCard(Event event, String organisationName, String projectTitle, String projectSlug, int confirmed,
        int waiting) {

    public boolean limited() {
        return event.registration() && event.capacity() != null;
    }

    public boolean full() {
        return limited() && confirmed >= event.capacity();
    }

    public int seatsLeft() {
        return limited() ? Math.max(0, event.capacity() - confirmed) : 0;
    }

    /** Start and end in the city's time, e.g. "Mo., 12. Mai 2026, 18:00–20:00 Uhr". */
    public String when(Locale locale) {
        var start = event.startsAt().atZone(EventMails.ZONE);
        var end = event.endsAt().atZone(EventMails.ZONE);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EE, d. MMMM yyyy", locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        String suffix = locale.getLanguage().equals("de") ? " Uhr" : "";
        if (start.toLocalDate().equals(end.toLocalDate())) {
            return day.format(start) + ", " + time.format(start) + "–" + time.format(end) + suffix;
        }
        return day.format(start) + ", " + time.format(start) + suffix + " – " + day.format(end) + ", "
                + time.format(end) + suffix;
    }
}
