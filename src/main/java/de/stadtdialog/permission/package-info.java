/**
 * The one place that answers "may this person do this on that object now?", with the reason a
 * citizen sees when the answer is no. It knows no database and no web request: callers hand it an
 * {@link de.stadtdialog.permission.Actor} and a target built from their own data.
 */
package de.stadtdialog.permission;
