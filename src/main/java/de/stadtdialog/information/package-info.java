/**
 * The simplest participation format, "Information": news posts of a phase, with date and text.
 * It shows how a format plugs into the registry without the core knowing it.
 */
package de.stadtdialog.information;
