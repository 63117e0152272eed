package de.stadtdialog.project.internal;

import java.time.Instant;

import org.springframework.stereotype.Component;

import de.stadtdialog.project.Phase;
import de.stadtdialog.project.PhaseResidents;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectDraft;
import de.stadtdialog.project.ProjectStatus;

/** The writes behind {@link de.stadtdialog.project.Projects}, kept apart from the reads. */
@Component
public class ProjectWrites {

    private final ProjectRepository projects;
    private final TaxonomyRepository taxonomy;

    ProjectWrites(ProjectRepository projects, TaxonomyRepository taxonomy) {
        this.projects = projects;
        this.taxonomy = taxonomy;
    }

    public long create(ProjectDraft draft, Instant now) {
        long id = projects.insert(toProject(0, draft, ProjectStatus.DRAFT), now);
        assignTerms(id, draft);
        return id;
    }

    public void update(long id, ProjectDraft draft, Instant now) {
        Project existing = projects.findById(id).orElseThrow();
        projects.update(toProject(id, draft, existing.status()), now);
        assignTerms(id, draft);
    }

    public void setStatus(long id, ProjectStatus status, Instant now) {
        projects.updateStatus(id, status, now);
    }

    public long insertPhase(Phase phase, PhaseResidents residents, Instant now) {
        projects.touch(phase.projectId(), now);
        long id = projects.insertPhase(phase);
        projects.setResidents(id, residents);
        return id;
    }

    public void updatePhase(Phase phase, PhaseResidents residents, Instant now) {
        projects.touch(phase.projectId(), now);
        projects.updatePhase(phase);
        projects.setResidents(phase.id(), residents);
    }

    public void deletePhase(Phase phase, Instant now) {
        projects.touch(phase.projectId(), now);
        projects.deletePhase(phase.id());
    }

    public void invite(long projectId, long accountId) {
        projects.invite(projectId, accountId);
    }

    private void assignTerms(long id, ProjectDraft draft) {
        taxonomy.assign(TaxonomyRepository.Kind.TOPIC, id, draft.topicIds());
        taxonomy.assign(TaxonomyRepository.Kind.DISTRICT, id, draft.districtIds());
    }

    private static Project toProject(long id, ProjectDraft d, ProjectStatus status) {
        return new Project(id, d.slug(), d.organisationId(), d.title(), d.teaser(), d.descriptionMd(),
                d.easyLanguageMd(), d.imageKey(), d.imageAlt(), d.areaGeojson(), d.contactName(), d.contactEmail(),
                d.contactPhone(), status, d.visibility(), null, null, null, d.concept());
    }
}
