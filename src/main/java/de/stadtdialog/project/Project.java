package de.stadtdialog.project;

import java.time.Instant;

/** A participation project (Beteiligungsvorhaben). */
public record Project(long id, String slug, long organisationId, String title, String teaser, String descriptionMd,
        String easyLanguageMd, String imageKey, String imageAlt, String areaGeojson,
        String contactName, String contactEmail, String contactPhone, ProjectStatus status, Visibility visibility,
        Instant createdAt, Instant updatedAt, Instant publishedAt, ParticipationConcept concept) {
}
