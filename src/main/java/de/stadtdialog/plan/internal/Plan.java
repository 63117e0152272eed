package de.stadtdialog.plan.internal;

import java.time.Instant;

import de.stadtdialog.plan.PlanStatus;

/** An entry of the list of planned projects as stored. */
public record Plan(long id, long organisationId, String title, String description, String goals,
        String affectedGroups, Long estimatedCostEur, PlanStatus status, String timeline, String nextSteps,
        boolean participationPlanned, String participationNote, boolean advisoryBoard, String contactName,
        String contactEmail, String contactPhone, String councilLinks, String areaGeojson, Instant createdAt,
        Instant updatedAt) {

    public String url() {
        return "/vorhaben/" + id;
    }
}
