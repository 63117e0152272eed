package de.stadtdialog.event.internal;

import de.stadtdialog.event.EventKind;

/** The list's filters, as they arrive in the query string. Unknown values are ignored. */
public class EventFilter {

    public static final String PAST = "vergangen";

    public String art = "";
    public Long organisation;
    public String projekt = "";
    public String zeitraum = "";

    EventKind kind() {
        for (EventKind candidate : EventKind.values()) {
            if (candidate.name().equals(art)) {
                return candidate;
            }
        }
        return null;
    }

    public boolean past() {
        return PAST.equals(zeitraum);
    }

    boolean matches(EventCard card) {
        EventKind wanted = kind();
        return (wanted == null || card.event().kind() == wanted)
                && (organisation == null || card.event().organisationId() == organisation)
                && (projekt == null || projekt.isBlank() || projekt.equals(card.projectSlug()));
    }

    public boolean active() {
        return kind() != null || organisation != null || (projekt != null && !projekt.isBlank());
    }
}
