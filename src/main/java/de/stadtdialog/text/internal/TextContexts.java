package de.stadtdialog.text.internal;

import java.util.Comparator;
import java.util.List;
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

/** Finds the text phase of a project and asks the permission evaluator what the current person may do. */
@Component
class TextContexts {

    private final Projects projects;
    private final ProjectPermissions permissions;

    TextContexts(Projects projects, ProjectPermissions permissions) {
        this.projects = projects;
        this.permissions = permissions;
    }

    /** The text of a project the person may see; 404 when there is none. */
    TextContext forSlug(String slug) {
        Project project = projects.findBySlug(slug).orElseThrow(NotFoundException::new);
        Actor actor = permissions.currentActor();
        if (permissions.decide(actor, CoreAction.VIEW, project).denied()) {
            throw new NotFoundException();
        }
        Phase phase = countingPhase(projects.phases(project.id())).orElseThrow(NotFoundException::new);
        return new TextContext(project, phase, actor, permissions.decisions(actor, project, phase),
                permissions.decide(actor, CoreAction.EDIT, project).allowed(),
                permissions.decide(actor, CoreAction.MODERATE, project).allowed());
    }

    /** The text phase that counts today: the running one, else the next, else the last. */
    private Optional<Phase> countingPhase(List<Phase> phases) {
        List<Phase> textPhases = phases.stream().filter(p -> TextFormat.KEY.equals(p.formatKey()))
                .sorted(Comparator.comparing(Phase::startsOn)).toList();
        var today = permissions.today();
        return textPhases.stream().filter(p -> p.stateOn(today) == PhaseState.ACTIVE).findFirst()
                .or(() -> textPhases.stream().filter(p -> p.stateOn(today) == PhaseState.UPCOMING).findFirst())
                .or(() -> textPhases.isEmpty() ? Optional.empty() : Optional.of(textPhases.get(textPhases.size() - 1)));
    }
}
