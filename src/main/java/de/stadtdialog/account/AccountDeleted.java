package de.stadtdialog.account;

/** Published when a person deletes their account; contributions stay, personal data goes. */
public record AccountDeleted(long accountId) {
}
