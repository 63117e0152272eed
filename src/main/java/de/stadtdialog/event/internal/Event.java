package de.stadtdialog.event.internal;

import java.time.Instant;

import de.stadtdialog.event.EventKind;

/** A stored event. */
public record Event(long id, long organisationId, Long projectId, String title, String description, EventKind kind,
        Instant startsAt, Instant endsAt, String placeName, String address, Double latitude, Double longitude,
        String onlineLink, boolean stepFree, boolean inductionLoop, boolean signLanguage, String accessibilityNote,
        boolean registration, Integer capacity, Instant cancelledAt, String cancelReason, Instant createdAt,
        Instant updatedAt) {

    public String url() {
        return "/veranstaltungen/" + id;
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    public boolean hasAccessibility() {
        return stepFree || inductionLoop || signLanguage || accessibilityNote != null;
    }

    /** The point as GeoJSON for the map component. */
    public String pointGeojson() {
        return hasPoint() ? "{\"type\":\"Point\",\"coordinates\":[" + longitude + "," + latitude + "]}" : null;
    }

    public boolean over(Instant now) {
        return !endsAt.isAfter(now);
    }
}
