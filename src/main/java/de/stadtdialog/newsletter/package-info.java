/**
 * The newsletter: people subscribe with double opt-in, with or without an account; administrators
 * write issues in Markdown, preview them, send a test to themselves, and send them to all
 * subscribers in the background through the mail outbox.
 */
package de.stadtdialog.newsletter;
