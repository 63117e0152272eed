package de.stadtdialog.project.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import de.stadtdialog.account.AccountDeleted;
import de.stadtdialog.account.PersonalDataSource;

/** Invitations to private projects are personal data: exported on request, removed with the account. */
@Component
class ProjectSupport implements PersonalDataSource {

    private final ProjectRepository projects;

    ProjectSupport(ProjectRepository projects) {
        this.projects = projects;
    }

    @EventListener
    void on(AccountDeleted event) {
        projects.removeInvitations(event.accountId());
    }

    @Override
    public String section() {
        return "invitedToProjects";
    }

    @Override
    public Object collect(long accountId) {
        return projects.invitedProjectTitles(accountId);
    }
}
