package de.stadtdialog.organisation;

import de.stadtdialog.permission.OrgRole;

/** A person working in an organisation. */
public record Member(long accountId, String username, OrgRole role) {
}
