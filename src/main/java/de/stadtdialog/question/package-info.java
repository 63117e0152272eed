/**
 * Frage-Antwort: citizens ask questions of a phase, others mark them as relevant, and experts the
 * initiators named answer in public. In the live mode of an event, questions arrive in real time,
 * moderators shortlist them and put one on stage, and a presenter view shows it in large type.
 */
package de.stadtdialog.question;
