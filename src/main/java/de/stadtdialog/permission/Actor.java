package de.stadtdialog.permission;

import java.util.Map;

/**
 * The person asking, as far as permissions care.
 *
 * @param accountId null for a visitor who is not logged in
 * @param orgRoles role per organisation id
 * @param verified whether the person is a verified resident
 * @param block the moderators' block in force now, or null
 */
public record Actor(Long accountId, boolean platformAdmin, Map<Long, OrgRole> orgRoles, boolean verified,
        Block block) {

    public static final Actor ANONYMOUS = new Actor(null, false, Map.of(), false);

    public Actor {
        orgRoles = Map.copyOf(orgRoles);
    }

    public Actor(Long accountId, boolean platformAdmin, Map<Long, OrgRole> orgRoles, boolean verified) {
        this(accountId, platformAdmin, orgRoles, verified, null);
    }

    public Actor withBlock(Block value) {
        return new Actor(accountId, platformAdmin, orgRoles, verified, value);
    }

    public boolean blocked() {
        return block != null;
    }

    public boolean loggedIn() {
        return accountId != null;
    }

    public boolean isInitiatorOf(long organisationId) {
        return orgRoles.get(organisationId) == OrgRole.INITIATOR;
    }

    public boolean isStaffOf(long organisationId) {
        return orgRoles.containsKey(organisationId);
    }
}
