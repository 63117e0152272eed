/**
 * Accounts: registration with double opt-in, login, the account page, and the security set-up of
 * the web application. Other modules see accounts only through {@link de.stadtdialog.account.Accounts}
 * and the {@link de.stadtdialog.account.AccountDeleted} event.
 */
package de.stadtdialog.account;
