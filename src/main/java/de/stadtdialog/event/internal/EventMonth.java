package de.stadtdialog.event.internal;

import java.util.List;

/** The events of one month, as the calendar-like list groups them; label like "Mai 2026". */
public record EventMonth(String label, String id, List<EventCard> cards) {
}
