package de.stadtdialog.question.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.permission.Decision;
import de.stadtdialog.permission.PhaseState;
import de.stadtdialog.project.Phase;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.NotFoundException;

/** Finds a project's Q&A phase and asks the permission evaluator what the current person may do there. */
@Component
class QuestionContexts {

    private final Projects projects;
    private final ProjectPermissions permissions;

    QuestionContexts(Projects projects, ProjectPermissions permissions) {
        this.projects = projects;
        this.permissions = permissions;
    }

    /** The Q&A phase that counts today in a project the person may see: the running one, else the next, else the last. */
    QuestionPhase forSlug(String slug) {
        Project project = projects.findBySlug(slug).orElseThrow(NotFoundException::new);
        Phase phase = countingPhase(projects.phases(project.id())).orElseThrow(NotFoundException::new);
        return context(project, phase);
    }

    QuestionPhase forPhase(Phase phase) {
        return context(projects.find(phase.projectId()).orElseThrow(NotFoundException::new), phase);
    }

    private QuestionPhase context(Project project, Phase phase) {
        Actor actor = permissions.currentActor();
        if (permissions.decide(actor, CoreAction.VIEW, project).denied()) {
            throw new NotFoundException();
        }
        return new QuestionPhase(project, phase, actor, guestRules(actor, permissions.decisions(actor, project, phase)),
                permissions.decide(actor, CoreAction.MODERATE, project).allowed());
    }

    /** Guests may ask where the phase lets them, but a relevant mark counts people, so it needs an account. */
    private static Map<String, Decision> guestRules(Actor actor, Map<String, Decision> decisions) {
        if (actor.loggedIn()) {
            return decisions;
        }
        Map<String, Decision> adjusted = new LinkedHashMap<>(decisions);
        adjusted.computeIfPresent(QuestionFormat.RELEVANT, (key, decision) -> decision.allowed()
                ? Decision.deny("question.guest.account-to-mark") : decision);
        return adjusted;
    }

    private Optional<Phase> countingPhase(List<Phase> phases) {
        List<Phase> questionPhases = phases.stream().filter(p -> QuestionFormat.KEY.equals(p.formatKey()))
                .sorted(Comparator.comparing(Phase::startsOn)).toList();
        var today = permissions.today();
        return questionPhases.stream().filter(p -> p.stateOn(today) == PhaseState.ACTIVE).findFirst()
                .or(() -> questionPhases.stream().filter(p -> p.stateOn(today) == PhaseState.UPCOMING).findFirst())
                .or(() -> questionPhases.isEmpty() ? Optional.empty()
                        : Optional.of(questionPhases.get(questionPhases.size() - 1)));
    }
}
