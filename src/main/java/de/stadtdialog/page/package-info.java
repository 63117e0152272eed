/**
 * Pages the administrators write (Impressum, Datenschutz, Erklärung zur Barrierefreiheit with its
 * form to report a barrier, Netiquette, Nutzungsbedingungen, "So funktioniert's"), and each
 * organisation's own legal texts with the platform's as fallback.
 */
package de.stadtdialog.page;
