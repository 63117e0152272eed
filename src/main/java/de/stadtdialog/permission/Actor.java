package de.stadtdialog.permission;

import java.util.Map;

/**
 * The person asking, as far as permissions care.
 *
 * @param accountId null for a visitor who is not logged in
 * @param orgRoles role per organisation id
 * @param verification the person's verification as a resident, possibly expired; null when never verified
 * @param block the moderators' block in force now, or null
 */
public record Actor(Long accountId, boolean platformAdmin, Map<Long, OrgRole> orgRoles, Verification verification,
        Block block) {

    public static final Actor ANONYMOUS = new Actor(null, false, Map.of(), null);

    public Actor {
        orgRoles = Map.copyOf(orgRoles);
    }

    public Actor(Long accountId, boolean platformAdmin, Map<Long, OrgRole> orgRoles, Verification verification) {
        this(accountId, platformAdmin, orgRoles, verification, null);
    }

    public Actor withVerification(Verification value) {
        return new Actor(accountId, platformAdmin, orgRoles, value, block);
    }

    public Actor withBlock(Block value) {
        return new Actor(accountId, platformAdmin, orgRoles, verification, value);
    }

    /** Whether the person is a verified resident now. */
    public boolean verified() {
        return verification != null && !verification.expired();
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
