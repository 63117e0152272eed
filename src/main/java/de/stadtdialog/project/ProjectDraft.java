package de.stadtdialog.project;

import java.util.List;

/** What an initiator writes about a project; the service adds status, dates and the id. */
public record ProjectDraft(long organisationId, String slug, String title, String teaser, String descriptionMd,
        String easyLanguageMd, String imageKey, String imageAlt, String areaGeojson,
        String contactName, String contactEmail, String contactPhone, Visibility visibility, List<Long> topicIds,
        List<Long> districtIds, ParticipationConcept concept) {

    public ProjectDraft {
        topicIds = List.copyOf(topicIds);
        districtIds = List.copyOf(districtIds);
        concept = concept == null ? ParticipationConcept.EMPTY : concept;
    }
}
