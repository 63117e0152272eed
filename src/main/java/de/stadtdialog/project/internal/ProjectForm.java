package de.stadtdialog.project.internal;

import static de.stadtdialog.shared.text.Texts.blankToNull;
import static de.stadtdialog.shared.text.Texts.orEmpty;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.stadtdialog.project.ParticipationConcept;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectDraft;
import de.stadtdialog.project.Visibility;

public class ProjectForm {

    @NotNull
    public Long organisationId;

    @NotBlank
    @Size(max = 160)
    public String title = "";

    @Size(max = 80)
    @Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "{slug.pattern}")
    public String slug = "";

    @NotBlank
    @Size(max = 400)
    public String teaser = "";

    @Size(max = 50000)
    public String descriptionMd = "";

    @Size(max = 20000)
    public String easyLanguageMd = "";

    @Size(max = 300)
    public String imageAlt = "";

    public boolean removeImage;

    @Size(max = 200000)
    public String areaGeojson = "";

    @Size(max = 120)
    public String contactName = "";

    @Email
    @Size(max = 254)
    public String contactEmail = "";

    @Size(max = 40)
    public String contactPhone = "";

    @NotNull
    public Visibility visibility = Visibility.PUBLIC;

    @Size(max = 5000)
    public String conceptGoal = "";

    @Size(max = 5000)
    public String conceptAudience = "";

    @Size(max = 5000)
    public String conceptOpenToInfluence = "";

    @Size(max = 5000)
    public String conceptFixed = "";

    @Size(max = 5000)
    public String conceptFormatsAndTimeline = "";

    @Size(max = 5000)
    public String conceptUseOfResults = "";

    public List<Long> topicIds = new ArrayList<>();

    public List<Long> districtIds = new ArrayList<>();

    static ProjectForm of(Project p, List<Long> topicIds, List<Long> districtIds) {
        ProjectForm form = new ProjectForm();
        form.organisationId = p.organisationId();
        form.title = p.title();
        form.slug = p.slug();
        form.teaser = p.teaser();
        form.descriptionMd = orEmpty(p.descriptionMd());
        form.easyLanguageMd = orEmpty(p.easyLanguageMd());
        form.imageAlt = orEmpty(p.imageAlt());
        form.areaGeojson = orEmpty(p.areaGeojson());
        form.contactName = orEmpty(p.contactName());
        form.contactEmail = orEmpty(p.contactEmail());
        form.contactPhone = orEmpty(p.contactPhone());
        form.visibility = p.visibility();
        form.topicIds = new ArrayList<>(topicIds);
        form.districtIds = new ArrayList<>(districtIds);
        ParticipationConcept concept = p.concept();
        form.conceptGoal = orEmpty(concept.goal());
        form.conceptAudience = orEmpty(concept.audience());
        form.conceptOpenToInfluence = orEmpty(concept.openToInfluence());
        form.conceptFixed = orEmpty(concept.fixed());
        form.conceptFormatsAndTimeline = orEmpty(concept.formatsAndTimeline());
        form.conceptUseOfResults = orEmpty(concept.useOfResults());
        return form;
    }

    ProjectDraft toDraft(String slug, String imageKey) {
        return new ProjectDraft(organisationId, slug, title.trim(), teaser.trim(), blankToNull(descriptionMd),
                blankToNull(easyLanguageMd), imageKey, imageKey == null ? null : blankToNull(imageAlt), blankToNull(areaGeojson),
                blankToNull(contactName), blankToNull(contactEmail), blankToNull(contactPhone), visibility,
                topicIds == null ? List.of() : topicIds, districtIds == null ? List.of() : districtIds,
                new ParticipationConcept(blankToNull(conceptGoal), blankToNull(conceptAudience),
                        blankToNull(conceptOpenToInfluence), blankToNull(conceptFixed),
                        blankToNull(conceptFormatsAndTimeline), blankToNull(conceptUseOfResults)));
    }
}
