package de.stadtdialog.event.internal;

import java.util.List;

import de.stadtdialog.event.RegistrationStatus;

/**
 * What the public page of an event shows.
 *
 * @param mine the visitor's registration, or null
 * @param waitingPosition the visitor's place on the waiting list, counted from 1, or 0
 */
public record EventPage(EventCard card, List<String> paragraphs, RegistrationStatus mine, int waitingPosition,
        boolean over, boolean loggedIn, boolean canManage, List<EventDocument> documents) {

    public boolean registered() {
        return mine == RegistrationStatus.CONFIRMED;
    }

    /** The link is for people with a seat, and for those who manage the event. */
    public boolean showOnlineLink() {
        return card.event().onlineLink() != null && card.event().kind().online() && (registered() || canManage);
    }

    public boolean registrationOpen() {
        return card.event().registration() && !card.event().cancelled() && !over;
    }
}
