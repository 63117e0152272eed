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
    private final Clock clock;

    Projects(ProjectRepository repository, ProjectWrites writes, FormatRegistry formats, Follows follows, Clock clock) {
        this.follows = follows;
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
        return writes.create(draft, clock.instant());
    }

    @Transactional
    public void update(long projectId, ProjectDraft draft) {
        writes.update(projectId, draft, clock.instant());
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
        if (before.publishedAt() == null) {
            follows.projectPublished(repository.findById(projectId).orElseThrow());
        }
        return Optional.empty();
    }

    @Transactional
    public void archive(long projectId) {
        writes.setStatus(projectId, ProjectStatus.ARCHIVED, clock.instant());
    }

    @Transactional
    public void withdraw(long projectId) {
        writes.setStatus(projectId, ProjectStatus.DRAFT, clock.instant());
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
