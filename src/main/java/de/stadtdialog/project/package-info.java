/**
 * Participation projects (Beteiligungsvorhaben) with their phases and timeline: the public project
 * pages, the project overview and the back office where initiators set projects up. Each phase hosts
 * a format from the {@link de.stadtdialog.participation.FormatRegistry}; this module never names a
 * concrete format.
 */
package de.stadtdialog.project;
