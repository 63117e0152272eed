/**
 * Organisations (city departments, project teams) and who works in them with which role. Also
 * turns the logged-in person into the {@link de.stadtdialog.permission.Actor} the permission
 * evaluator needs.
 */
package de.stadtdialog.organisation;
