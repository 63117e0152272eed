package de.stadtdialog.project;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.participation.FormatRegistry;
import de.stadtdialog.project.internal.ProjectRepository;
import de.stadtdialog.project.internal.Follows;
import de.stadtdialog.project.internal.ProjectWrites;
import de.stadtdialog.shared.audit.AuditLog;

/**
 * Creating and changing projects and their phases. Callers check permissions first (see
 * {@link ProjectPermissions}); every method here is one transaction.
 */
@Service
public class Projects {

    private final ProjectRepository repository;
    private final ProjectWrites writes;
    private final FormatRegistry formats;
    private final Follows follows;
    private final AuditLog audit;
    private final Clock clock;

    Projects(ProjectRepository repository, ProjectWrites writes, FormatRegistry formats, Follows follows,
            AuditLog audit, Clock clock) {
        this.follows = follows;
        this.audit = audit;
        this.repository = repository;
        this.writes = writes;
        this.formats = formats;
        this.clock = clock;
    }

    public Optional<Project> find(long id) {
        return repository.findById(id);
    }

    public Optional<Project> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    public Optional<Phase> findPhase(long phaseId) {
        return repository.findPhase(phaseId);
    }

    public List<Phase> phases(long projectId) {
        return repository.phases(projectId);
    }

    @Transactional
    public long create(ProjectDraft draft) {
        long id = writes.create(draft, clock.instant());
        audit.record("project.create", "project", id, null, repository.findById(id).orElse(null));
        return id;
    }

    @Transactional
    public void update(long projectId, ProjectDraft draft) {
        Project before = repository.findById(projectId).orElse(null);
        writes.update(projectId, draft, clock.instant());
        audit.record("project.edit", "project", projectId, before, repository.findById(projectId).orElse(null));
    }

    private void statusChanged(String action, long projectId, ProjectStatus before) {
        audit.record(action, "project", projectId, java.util.Map.of("status", before.name()),
                java.util.Map.of("status", repository.findById(projectId).orElseThrow().status().name()));
    }

    /** @return the message key of why the project cannot be published yet, or empty when it was published */
    @Transactional
    public Optional<String> publish(long projectId) {
        if (repository.phases(projectId).isEmpty()) {
            return Optional.of("project.publish.needs-phase");
        }
        Project before = repository.findById(projectId).orElseThrow();
        if (!before.concept().missing().isEmpty()) {
            return Optional.of("project.publish.needs-concept");
        }
        writes.setStatus(projectId, ProjectStatus.PUBLISHED, clock.instant());
        statusChanged("project.publish", projectId, before.status());
        if (before.publishedAt() == null) {
            follows.projectPublished(repository.findById(projectId).orElseThrow());
        }
        return Optional.empty();
    }

    @Transactional
    public void archive(long projectId) {
        ProjectStatus before = repository.findById(projectId).orElseThrow().status();
        writes.setStatus(projectId, ProjectStatus.ARCHIVED, clock.instant());
        statusChanged("project.archive", projectId, before);
    }

    @Transactional
    public void withdraw(long projectId) {
        ProjectStatus before = repository.findById(projectId).orElseThrow().status();
        writes.setStatus(projectId, ProjectStatus.DRAFT, clock.instant());
        statusChanged("project.withdraw", projectId, before);
    }

    /** Adds a phase unless it would overlap another or end before it starts. */
    @Transactional
    public PhaseChange addPhase(long projectId, PhaseDraft draft) {
        Phase phase = new Phase(0, projectId, draft.title(), draft.description(), draft.startsOn(), draft.endsOn(),
                draft.formatKey(), draft.phaseKind(), draft.requirement());
        List<Phase> all = new ArrayList<>(repository.phases(projectId));
        all.add(phase);
        List<PhaseRules.Problem> problems = PhaseRules.check(all);
        if (!problems.isEmpty()) {
            return new PhaseChange(0, problems);
        }
        long id = writes.insertPhase(phase, draft.residents(), clock.instant());
        audit.record("phase.create", "phase", id, null, phase);
        follows.phaseAdded(repository.findById(projectId).orElseThrow());
        return new PhaseChange(id, List.of());
    }

    @Transactional
    public PhaseChange updatePhase(long phaseId, PhaseDraft draft) {
        Phase existing = repository.findPhase(phaseId).orElseThrow();
        Phase phase = new Phase(phaseId, existing.projectId(), draft.title(), draft.description(), draft.startsOn(),
                draft.endsOn(), draft.formatKey(), draft.phaseKind(), draft.requirement());
        List<Phase> all = new ArrayList<>(repository.phases(existing.projectId()).stream()
                .filter(other -> other.id() != phaseId).toList());
        all.add(phase);
        List<PhaseRules.Problem> problems = PhaseRules.check(all);
        if (problems.isEmpty()) {
            writes.updatePhase(phase, draft.residents(), clock.instant());
            audit.record("phase.edit", "phase", phaseId, existing, phase);
        }
        return new PhaseChange(phaseId, problems);
    }

    /** Who among verified residents may take part in the phase, when it requires verification. */
    public PhaseResidents residents(long phaseId) {
        return repository.residents(phaseId);
    }

    @Transactional
    public void deletePhase(long phaseId) {
        repository.findPhase(phaseId).ifPresent(phase -> {
            formats.find(phase.formatKey()).ifPresent(format -> format.deletePhase(phaseId));
            writes.deletePhase(phase, clock.instant());
            audit.record("phase.delete", "phase", phaseId, phase, null);
        });
    }

    @Transactional
    public void invite(long projectId, long accountId) {
        writes.invite(projectId, accountId);
    }

    /** @param id the phase's id, 0 when it was rejected */
    public record PhaseChange(long id, List<PhaseRules.Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
