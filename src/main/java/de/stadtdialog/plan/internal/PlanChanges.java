package de.stadtdialog.plan.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import de.stadtdialog.plan.PlanDraft;

/**
 * The summary a history line keeps: {@code created}, {@code confirmed} (saved without changes) or
 * {@code changed:} followed by the names of the changed fields, which the pages translate.
 */
public final class PlanChanges {

    public static final String CREATED = "created";
    public static final String CONFIRMED = "confirmed";
    private static final String CHANGED = "changed:";

    private static final Map<String, Function<PlanDraft, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("organisation", PlanDraft::organisationId);
        FIELDS.put("title", PlanDraft::title);
        FIELDS.put("description", PlanDraft::description);
        FIELDS.put("goals", PlanDraft::goals);
        FIELDS.put("affectedGroups", PlanDraft::affectedGroups);
        FIELDS.put("estimatedCost", PlanDraft::estimatedCostEur);
        FIELDS.put("status", PlanDraft::status);
        FIELDS.put("timeline", PlanDraft::timeline);
        FIELDS.put("nextSteps", PlanDraft::nextSteps);
        FIELDS.put("participationPlanned", PlanDraft::participationPlanned);
        FIELDS.put("participationNote", PlanDraft::participationNote);
        FIELDS.put("advisoryBoard", PlanDraft::advisoryBoard);
        FIELDS.put("contact", d -> List.of(Objects.toString(d.contactName()), Objects.toString(d.contactEmail()),
                Objects.toString(d.contactPhone())));
        FIELDS.put("councilLinks", PlanDraft::councilLinks);
        FIELDS.put("area", PlanDraft::areaGeojson);
        FIELDS.put("topics", d -> new HashSet<>(d.topicIds()));
        FIELDS.put("districts", d -> new HashSet<>(d.districtIds()));
        FIELDS.put("projects", d -> new HashSet<>(d.projectIds()));
    }

    private PlanChanges() {
    }

    public static String between(PlanDraft before, PlanDraft after) {
        List<String> changed = new ArrayList<>();
        FIELDS.forEach((name, value) -> {
            if (!Objects.equals(value.apply(before), value.apply(after))) {
                changed.add(name);
            }
        });
        return changed.isEmpty() ? CONFIRMED : CHANGED + String.join(",", changed);
    }

    /** The message key of the summary's kind: created, confirmed or changed. */
    public static String kindKey(String summary) {
        return "plan.history." + (summary.startsWith(CHANGED) ? "changed" : summary);
    }

    /** The names of the changed fields; empty unless the summary says changed. */
    public static List<String> fields(String summary) {
        return summary.startsWith(CHANGED) ? List.of(summary.substring(CHANGED.length()).split(",")) : List.of();
    }
}
