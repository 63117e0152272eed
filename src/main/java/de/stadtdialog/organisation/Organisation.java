package de.stadtdialog.organisation;

/** An organisation that runs participation projects, e.g. a department of the city. */
public record Organisation(long id, String slug, String name, String description, String logoKey, String logoAlt,
        String contactEmail, String contactPhone, String contactAddress, String website, String imprintMd,
        String privacyMd, String netiquetteMd) {
}
