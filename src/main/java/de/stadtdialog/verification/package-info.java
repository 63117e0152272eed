/**
 * Identity levels: people verify that they are residents by a match in the resident register
 * extract the city uploads, by a one-time code sent by letter, or in person at a service desk.
 * A verification expires and carries a district and a date of birth, which phases for verified
 * residents may ask for. The module adds a person's verification to their
 * {@link de.stadtdialog.permission.Actor} as a {@link de.stadtdialog.permission.ActorFacts}.
 */
package de.stadtdialog.verification;
