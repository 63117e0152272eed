package de.stadtdialog.idea.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.permission.PhaseState;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.NotFoundException;

/** Finds a project's idea collection and asks the permission evaluator what the current person may do. */
@Component
class IdeaContexts {

    private final Projects projects;
    private final ProjectPermissions permissions;
    private final IdeaRepository ideas;
    private final IdeaSetup setup;

    IdeaContexts(Projects projects, ProjectPermissions permissions, IdeaRepository ideas, IdeaSetup setup) {
        this.setup = setup;
        this.projects = projects;
        this.permissions = permissions;
        this.ideas = ideas;
    }

    /** The collection of a project the person may see; 404 when there is none. */
    IdeaContext forSlug(String slug) {
        return forProject(projects.findBySlug(slug).orElseThrow(NotFoundException::new));
    }

    IdeaContext forProjectId(long projectId) {
        return forProject(projects.find(projectId).orElseThrow(NotFoundException::new));
    }

    IdeaContext forProject(Project project) {
        Actor actor = permissions.currentActor();
        if (permissions.decide(actor, CoreAction.VIEW, project).denied()) {
            throw new NotFoundException();
        }
        Phase phase = countingPhase(projects.phases(project.id())).orElse(null);
        Optional<IdeaSettings> existing = ideas.settings(project.id());
        if (existing.isEmpty() && phase != null) {
            // the first visit after an idea phase was added creates the collection
            setup.ensure(project.id());
            existing = ideas.settings(project.id());
        }
        IdeaSettings settings = existing.orElseThrow(NotFoundException::new);
        Map<String, de.stadtdialog.permission.Decision> decisions = phase == null ? Map.of()
                : guestRules(actor, permissions.decisions(actor, project, phase));
        return new IdeaContext(project, phase, actor, settings, decisions,
                permissions.decide(actor, CoreAction.EDIT, project).allowed(),
                permissions.decide(actor, CoreAction.MODERATE, project).allowed());
    }

    /**
     * Where a phase lets guests take part, they may send ideas and comments (confirmed by e-mail);
     * supporting and voting count people, so they need an account.
     */
    private static Map<String, de.stadtdialog.permission.Decision> guestRules(Actor actor,
            Map<String, de.stadtdialog.permission.Decision> decisions) {
        if (actor.loggedIn()) {
            return decisions;
        }
        Map<String, de.stadtdialog.permission.Decision> adjusted = new java.util.LinkedHashMap<>(decisions);
        for (String action : List.of(IdeaFormat.RATE, IdeaFormat.VOTE)) {
            adjusted.computeIfPresent(action, (key, decision) -> decision.allowed()
                    ? de.stadtdialog.permission.Decision.deny("idea.guest.account-to-support") : decision);
        }
        return adjusted;
    }

    /** The idea phase that counts today: the running one, else the next, else the last. */
    Optional<Phase> countingPhase(List<Phase> phases) {
        List<Phase> ideaPhases = phases.stream().filter(p -> IdeaFormat.KEY.equals(p.formatKey()))
                .sorted(Comparator.comparing(Phase::startsOn)).toList();
        var today = permissions.today();
        return ideaPhases.stream().filter(p -> p.stateOn(today) == PhaseState.ACTIVE).findFirst()
                .or(() -> ideaPhases.stream().filter(p -> p.stateOn(today) == PhaseState.UPCOMING).findFirst())
                .or(() -> ideaPhases.isEmpty() ? Optional.empty() : Optional.of(ideaPhases.get(ideaPhases.size() - 1)));
    }
}
