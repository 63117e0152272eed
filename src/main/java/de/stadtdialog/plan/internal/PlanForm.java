package de.stadtdialog.plan.internal;

import static de.stadtdialog.shared.text.Texts.blankToNull;
import static de.stadtdialog.shared.text.Texts.orEmpty;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.stadtdialog.plan.PlanDraft;
import de.stadtdialog.plan.PlanStatus;

/** The back-office form of an entry; numbers stay text so that what was typed survives an error. */
public class PlanForm {

    @NotNull
    public Long organisationId;

    @NotBlank
    @Size(max = 160)
    public String title = "";

    @NotBlank
    @Size(max = 20000)
    public String description = "";

    @Size(max = 5000)
    public String goals = "";

    @Size(max = 1000)
    public String affectedGroups = "";

    @Pattern(regexp = "\\s*[0-9][0-9. ]{0,18}\\s*|\\s*", message = "{plan.cost.pattern}")
    public String estimatedCost = "";

    @NotNull
    public PlanStatus status = PlanStatus.PREPARATION;

    @Size(max = 5000)
    public String timeline = "";

    @Size(max = 2000)
    public String nextSteps = "";

    public boolean participationPlanned;

    @Size(max = 2000)
    public String participationNote = "";

    public boolean advisoryBoard;

    @Size(max = 120)
    public String contactName = "";

    @Email
    @Size(max = 254)
    public String contactEmail = "";

    @Size(max = 40)
    public String contactPhone = "";

    @Size(max = 4000)
    public String councilLinks = "";

    @Size(max = 200000)
    public String areaGeojson = "";

    /** Slugs of the participation projects the entry led to, one per line. */
    @Size(max = 2000)
    public String projectSlugs = "";

    public List<Long> topicIds = new ArrayList<>();

    public List<Long> districtIds = new ArrayList<>();

    static PlanForm of(Plan p, List<Long> topicIds, List<Long> districtIds, List<String> projectSlugs) {
        PlanForm form = new PlanForm();
        form.organisationId = p.organisationId();
        form.title = p.title();
        form.description = p.description();
        form.goals = orEmpty(p.goals());
        form.affectedGroups = orEmpty(p.affectedGroups());
        form.estimatedCost = p.estimatedCostEur() == null ? "" : p.estimatedCostEur().toString();
        form.status = p.status();
        form.timeline = orEmpty(p.timeline());
        form.nextSteps = orEmpty(p.nextSteps());
        form.participationPlanned = p.participationPlanned();
        form.participationNote = orEmpty(p.participationNote());
        form.advisoryBoard = p.advisoryBoard();
        form.contactName = orEmpty(p.contactName());
        form.contactEmail = orEmpty(p.contactEmail());
        form.contactPhone = orEmpty(p.contactPhone());
        form.councilLinks = orEmpty(p.councilLinks());
        form.areaGeojson = orEmpty(p.areaGeojson());
        form.projectSlugs = String.join("\n", projectSlugs);
        form.topicIds = new ArrayList<>(topicIds);
        form.districtIds = new ArrayList<>(districtIds);
        return form;
    }

    List<String> slugs() {
        return projectSlugs == null ? List.of()
                : projectSlugs.lines().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    Long cost() {
        String digits = estimatedCost == null ? "" : estimatedCost.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? null : Long.valueOf(digits);
    }

    PlanDraft toDraft(List<Long> projectIds) {
        return new PlanDraft(organisationId, title.trim(), description.trim(), blankToNull(goals),
                blankToNull(affectedGroups), cost(), status, blankToNull(timeline), blankToNull(nextSteps),
                participationPlanned, blankToNull(participationNote), advisoryBoard, blankToNull(contactName),
                blankToNull(contactEmail), blankToNull(contactPhone), blankToNull(councilLinks),
                blankToNull(areaGeojson), topicIds == null ? List.of() : topicIds,
                districtIds == null ? List.of() : districtIds, projectIds);
    }
}
