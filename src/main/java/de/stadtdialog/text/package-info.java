/**
 * Textkommentierung: initiators publish a draft text in versions, split into chapters and
 * paragraphs whose numbers stay stable; citizens comment on single paragraphs, and the comparison
 * of two versions shows what changed and which comments led to it.
 */
package de.stadtdialog.text;
