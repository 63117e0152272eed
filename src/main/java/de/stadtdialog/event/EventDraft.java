package de.stadtdialog.event;

import java.time.Instant;

/**
 * What an initiator enters for an event.
 *
 * @param projectId null for an event that stands alone
 * @param capacity null for no limit; only counted when {@code registration} is on
 */
public record EventDraft(long organisationId, Long projectId, String title, String description, EventKind kind,
        Instant startsAt, Instant endsAt, String placeName, String address, Double latitude, Double longitude,
        String onlineLink, boolean stepFree, boolean inductionLoop, boolean signLanguage, String accessibilityNote,
        boolean registration, Integer capacity) {
}
