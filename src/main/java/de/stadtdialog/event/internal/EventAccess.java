package de.stadtdialog.event.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.stadtdialog.organisation.Organisation;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.Actor;
import de.stadtdialog.permission.CoreAction;
import de.stadtdialog.permission.Decision;
import de.stadtdialog.permission.PermissionEvaluator;
import de.stadtdialog.project.Project;
import de.stadtdialog.project.ProjectPermissions;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.ForbiddenException;

/**
 * Who may see and manage an event, asked of the platform's permission evaluator: the event's
 * organisation, or the organisation of the project it belongs to, manages it; an event of a
 * project is seen by whoever may see the project.
 */
@Component
class EventAccess {

    private final PermissionEvaluator permissions;
    private final ProjectPermissions projectPermissions;
    private final Projects projects;
    private final Organisations organisations;

    EventAccess(PermissionEvaluator permissions, ProjectPermissions projectPermissions, Projects projects,
            Organisations organisations) {
        this.permissions = permissions;
        this.projectPermissions = projectPermissions;
        this.projects = projects;
        this.organisations = organisations;
    }

    Actor actor() {
        return organisations.currentActor();
    }

    Decision manage(Actor actor, Event event) {
        Decision own = permissions.editFor(actor, event.organisationId());
        if (own.allowed() || event.projectId() == null) {
            return own;
        }
        return projects.find(event.projectId()).map(p -> permissions.editFor(actor, p.organisationId())).orElse(own);
    }

    Actor requireManage(Event event) {
        Actor actor = actor();
        Decision decision = manage(actor, event);
        if (decision.denied()) {
            throw new ForbiddenException(decision.reason());
        }
        return actor;
    }

    boolean visible(Actor actor, Event event) {
        if (event.projectId() == null) {
            return true;
        }
        Optional<Project> project = projects.find(event.projectId());
        return project.isEmpty() || projectPermissions.decide(actor, CoreAction.VIEW, project.get()).allowed();
    }

    List<Organisation> editableOrganisations(Actor actor) {
        return organisations.all().stream().filter(o -> permissions.editFor(actor, o.id()).allowed()).toList();
    }

    List<Organisation> requireEditable(Actor actor) {
        List<Organisation> choices = editableOrganisations(actor);
        if (choices.isEmpty()) {
            throw new ForbiddenException(Decision.deny("permission.role-missing").reason());
        }
        return choices;
    }
}
