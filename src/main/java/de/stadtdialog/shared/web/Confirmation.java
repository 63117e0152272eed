package de.stadtdialog.shared.web;

/**
 * A question before something that cannot be undone, answered on a page of its own so that
 * nothing is lost by a slip of the finger or the keyboard.
 *
 * @param action where the confirming form posts to
 * @param cancel where "Abbrechen" leads back to
 */
public record Confirmation(String title, String question, String consequence, String action, String cancel,
        String button) {
}
