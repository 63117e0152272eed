/**
 * In-app notifications: "someone answered your comment", "the city answered your idea". Modules
 * call {@link de.stadtdialog.notification.Notifications}; people read them under /benachrichtigungen.
 * E-mail delivery and following projects build on this.
 */
package de.stadtdialog.notification;
