/**
 * Moderation: reports of contributions, comments and people; the moderation queue of each
 * organisation with netiquette rules, remarks and blocks; the public moderation log of a project.
 * Formats take part through {@link de.stadtdialog.moderation.ModeratedContent}, one bean per kind
 * of content, so this module never knows a concrete format.
 */
package de.stadtdialog.moderation;
