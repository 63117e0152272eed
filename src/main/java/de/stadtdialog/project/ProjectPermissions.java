package de.stadtdialog.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.participation.FormatAction;
import de.stadtdialog.participation.FormatDescriptor;
import de.stadtdialog.participation.FormatRegistry;
import de.stadtdialog.participation.ParticipationFormat;
import de.stadtdialog.permission.Audience;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.permission.Decision;
import de.stadtdialog.permission.PermissionEvaluator;
import de.stadtdialog.permission.PhaseTarget;
import de.stadtdialog.permission.ProjectTarget;
import de.stadtdialog.permission.Requirement;
import de.stadtdialog.permission.ResidentRule;
import de.stadtdialog.project.internal.ProjectRepository;
import de.stadtdialog.shared.web.ForbiddenException;
import de.stadtdialog.shared.web.NotFoundException;

/**
 * Builds what the {@link PermissionEvaluator} needs from projects and phases, and asks it. Formats
 * use this to guard their own pages and actions.
 */
@Service
public class ProjectPermissions {

    private final PermissionEvaluator evaluator;
    private final FormatRegistry formats;
    private final ProjectRepository projects;
    private final Organisations organisations;
    private final Taxonomy taxonomy;
    private final Clock clock;

    ProjectPermissions(PermissionEvaluator evaluator, FormatRegistry formats, ProjectRepository projects,
            Organisations organisations, Taxonomy taxonomy, Clock clock) {
        this.evaluator = evaluator;
        this.formats = formats;
        this.projects = projects;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    public Actor currentActor() {
        return organisations.currentActor();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Decision decide(Actor actor, CoreAction action, Project project) {
        return evaluator.decide(actor, action, target(actor, project));
    }

    public Decision decide(Actor actor, Project project, Phase phase, String actionKey) {
        return decide(actor, project, phase, actionKey, residentRule(phase));
    }

    private Decision decide(Actor actor, Project project, Phase phase, String actionKey, ResidentRule residents) {
        ParticipationFormat participation = formats.get(phase.formatKey());
        FormatDescriptor format = participation.descriptor();
        FormatAction action = format.action(actionKey)
                .orElseThrow(() -> new IllegalArgumentException(phase.formatKey() + " has no action " + actionKey));
        boolean enabled = format.phaseKind(phase.phaseKind()).map(kind -> kind.enables(actionKey)).orElse(false);
        PhaseTarget target = new PhaseTarget(target(actor, project), phase.title(), phase.startsOn(), phase.endsOn(),
                phase.stateOn(today()), actionKey, action.audience(), enabled, phase.requirement(),
                action.audience() == Audience.NAMED && actor.loggedIn() && participation.names(phase.id(), actor.accountId()),
                residents);
        return evaluator.decide(actor, target);
    }

    private ResidentRule residentRule(Phase phase) {
        if (phase.requirement() != Requirement.VERIFIED) {
            return ResidentRule.NONE;
        }
        PhaseResidents residents = projects.residents(phase.id());
        if (residents.any()) {
            return ResidentRule.NONE;
        }
        Map<Long, String> names = new LinkedHashMap<>();
        if (!residents.districtIds().isEmpty()) {
            taxonomy.districts().stream().filter(district -> residents.districtIds().contains(district.id()))
                    .forEach(district -> names.put(district.id(), district.name()));
        }
        return new ResidentRule(names, residents.minimumAge());
    }

    /** The decision for each of the phase's format actions, for rendering. */
    public Map<String, Decision> decisions(Actor actor, Project project, Phase phase) {
        Map<String, Decision> decisions = new LinkedHashMap<>();
        ResidentRule residents = residentRule(phase);
        for (FormatAction action : formats.get(phase.formatKey()).descriptor().actions()) {
            decisions.put(action.key(), decide(actor, project, phase, action.key(), residents));
        }
        return decisions;
    }

    /** Throws the 403 page with the reason unless the current person may perform the action. */
    public PhaseAccess require(long phaseId, String actionKey) {
        Phase phase = projects.findPhase(phaseId).orElseThrow(NotFoundException::new);
        Project project = projects.findById(phase.projectId()).orElseThrow(NotFoundException::new);
        Actor actor = currentActor();
        if (decide(actor, CoreAction.VIEW, project).denied()) {
            throw new NotFoundException();
        }
        decide(actor, project, phase, actionKey).orForbid();
        return new PhaseAccess(actor, project, phase);
    }

    /** Throws unless the current person may edit the project. */
    public Actor requireEdit(Project project) {
        Actor actor = currentActor();
        Decision decision = decide(actor, CoreAction.EDIT, project);
        if (decision.denied()) {
            if (decide(actor, CoreAction.VIEW, project).denied() && actor.loggedIn()) {
                throw new NotFoundException();
            }
            throw new ForbiddenException(decision.reason());
        }
        return actor;
    }


    private ProjectTarget target(Actor actor, Project project) {
        boolean invited = project.visibility() == Visibility.PRIVATE && actor.loggedIn()
                && projects.isInvited(project.id(), actor.accountId());
        return new ProjectTarget(project.organisationId(), ProjectTarget.Status.valueOf(project.status().name()),
                project.visibility() == Visibility.PRIVATE, invited);
    }

    /** A phase someone was allowed to act on, with what was loaded to decide it. */
    public record PhaseAccess(Actor actor, Project project, Phase phase) {
    }
}
