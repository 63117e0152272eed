package de.stadtdialog.permission;

/**
 * A project as permissions see it.
 *
 * @param actorInvited whether the asking person was invited to this (private) project
 */
public record ProjectTarget(long organisationId, Status status, boolean privateProject, boolean actorInvited) {

    public enum Status {
        DRAFT, PUBLISHED, ARCHIVED
    }
}
