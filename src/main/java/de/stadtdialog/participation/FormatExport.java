package de.stadtdialog.participation;

/** A download the format offers to initiators, e.g. all posts as CSV. */
public record FormatExport(String key, String nameKey, String mediaType, String fileExtension) {
}
