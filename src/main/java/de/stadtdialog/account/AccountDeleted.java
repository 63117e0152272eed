package de.stadtdialog.account;

/**
 * Published when an account is deleted; its personal data is gone already. The person chose what
 * happens to what they wrote: with {@code removeContributions} every module deletes it (and what the
 * person counted for, such as supports, with the counters kept right); otherwise it stays, shown as
 * from "Gelöschtes Konto".
 */
public record AccountDeleted(long accountId, boolean removeContributions) {

    /** Contributions stay, as from a deleted account. */
    public AccountDeleted(long accountId) {
        this(accountId, false);
    }
}
