package de.stadtdialog.plan;

import java.util.List;

/**
 * What a department states about a planned project.
 *
 * @param participationNote how citizens will take part, or why no participation is planned
 * @param councilLinks links to council documents, one per line
 * @param projectIds participation projects this planned project led to
 */
public record PlanDraft(long organisationId, String title, String description, String goals, String affectedGroups,
        Long estimatedCostEur, PlanStatus status, String timeline, String nextSteps, boolean participationPlanned,
        String participationNote, boolean advisoryBoard, String contactName, String contactEmail,
        String contactPhone, String councilLinks, String areaGeojson, List<Long> topicIds, List<Long> districtIds,
        List<Long> projectIds) {

    public PlanDraft {
        topicIds = List.copyOf(topicIds);
        districtIds = List.copyOf(districtIds);
        projectIds = List.copyOf(projectIds);
    }
}
