/**
 * The registry of participation formats. A format (Information, Ideensammlung, Umfrage, ...) is a
 * module that contributes a {@link de.stadtdialog.participation.ParticipationFormat} bean; the
 * project pages and the back office only ever talk to the {@link de.stadtdialog.participation.FormatRegistry}.
 */
package de.stadtdialog.participation;
