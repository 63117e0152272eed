package de.stadtdialog.account.internal;

/**
 * An identity provider the city configured, as a button on the login and registration pages.
 *
 * @param id       the registration id, stored with every linked identity
 * @param name     the name people know it by ("BundID", "Servicekonto Rheinland-Pfalz")
 * @param startUrl our own address that sends the browser on to the provider
 */
public record LoginProvider(String id, String name, String startUrl) {
}
