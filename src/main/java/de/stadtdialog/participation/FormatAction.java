package de.stadtdialog.participation;

import de.stadtdialog.permission.Audience;

/**
 * An action a format offers.
 *
 * @param key globally unique, prefixed with the format's key, e.g. {@code information.post}
 * @param nameKey message key of the action's name
 */
public record FormatAction(String key, String nameKey, Audience audience) {
}
