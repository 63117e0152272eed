package de.stadtdialog.permission;

import org.springframework.stereotype.Component;

/**
 * Answers whether an actor may perform an action on a target now. Rules are checked in order and
 * the first denial wins: visibility, then role, then project status, then the phase's dates and
 * kind, then what the phase requires of the person (for verified residents: a verification that has
 * not expired, and the phase's districts and minimum age); actions for named people ask only whether the
 * initiators named them. A person the moderators blocked may take part in nothing until the block
 * ends.
 */
@Component
public class PermissionEvaluator {

    public Decision decide(Actor actor, CoreAction action, ProjectTarget project) {
        return switch (action) {
            case VIEW -> view(actor, project);
            case EDIT -> editFor(actor, project.organisationId());
            case MODERATE -> actor.platformAdmin() || actor.isStaffOf(project.organisationId()) ? Decision.ALLOW
                    : denyRole(actor);
            case ADMINISTER -> platform(actor);
        };
    }

    /**
     * Editing what an organisation publishes under its own name (its projects, its entries in the
     * list of planned projects): its initiators and the platform administrators.
     */
    public Decision editFor(Actor actor, long organisationId) {
        return actor.platformAdmin() || actor.isInitiatorOf(organisationId) ? Decision.ALLOW : denyRole(actor);
    }

    /** Platform-wide administration, which belongs to no project. */
    public Decision platform(Actor actor) {
        return actor.platformAdmin() ? Decision.ALLOW : denyRole(actor);
    }

    public Decision decide(Actor actor, PhaseTarget target) {
        ProjectTarget project = target.project();
        if (target.audience() == Audience.MANAGER) {
            return decide(actor, CoreAction.EDIT, project);
        }
        Decision visible = view(actor, project);
        if (visible.denied()) {
            return visible;
        }
        if (project.status() == ProjectTarget.Status.DRAFT) {
            return Decision.deny("permission.project-draft");
        }
        if (actor.blocked()) {
            return Decision.deny("permission.blocked", actor.block().untilText(), actor.block().justification());
        }
        if (project.status() == ProjectTarget.Status.ARCHIVED) {
            return Decision.deny("permission.project-archived");
        }
        if (target.audience() == Audience.NAMED) {
            return !actor.loggedIn() ? Decision.deny("permission.login-required")
                    : target.actorNamed() ? Decision.ALLOW : Decision.deny("permission.not-named", target.phaseTitle());
        }
        if (target.state() == PhaseState.UPCOMING) {
            return Decision.deny("permission.phase-upcoming", target.phaseTitle(), target.start());
        }
        if (target.state() == PhaseState.PAST) {
            return Decision.deny("permission.phase-past", target.phaseTitle(), target.end());
        }
        if (!target.enabledInPhase()) {
            return Decision.deny("permission.not-in-phase", target.phaseTitle());
        }
        return switch (target.requirement()) {
            case GUEST -> Decision.ALLOW;
            case ACCOUNT -> actor.loggedIn() ? Decision.ALLOW : Decision.deny("permission.login-required");
            case VERIFIED -> resident(actor, target.residents());
        };
    }

    /**
     * Back-office work for the whole city that the staff of any organisation may do, such as
     * verifying residents in person.
     */
    public Decision cityStaff(Actor actor) {
        return actor.platformAdmin() || !actor.orgRoles().isEmpty() ? Decision.ALLOW : denyRole(actor);
    }

    private static Decision resident(Actor actor, ResidentRule rule) {
        Verification verification = actor.verification();
        if (!actor.loggedIn()) {
            return Decision.deny("permission.login-required");
        }
        if (verification == null) {
            return Decision.deny("permission.verification-required");
        }
        if (verification.expired()) {
            return Decision.deny("permission.verification-expired", verification.validUntil());
        }
        return rule.admits(verification) ? Decision.ALLOW : rule.denial();
    }

    private Decision view(Actor actor, ProjectTarget project) {
        if (actor.platformAdmin() || actor.isStaffOf(project.organisationId())) {
            return Decision.ALLOW;
        }
        if (project.status() == ProjectTarget.Status.DRAFT) {
            return Decision.deny("permission.project-draft");
        }
        if (project.privateProject() && !project.actorInvited()) {
            return actor.loggedIn() ? Decision.deny("permission.project-private")
                    : Decision.deny("permission.login-required");
        }
        return Decision.ALLOW;
    }

    private static Decision denyRole(Actor actor) {
        return actor.loggedIn() ? Decision.deny("permission.role-missing") : Decision.deny("permission.login-required");
    }
}
