package de.stadtdialog.idea.internal;

/** A category of ideas with the colour and icon of its markers. */
public record Category(long id, long projectId, String name, String colour, String icon, int position) {

    /** Icons an initiator can choose; each is a small SVG under /img/idea-icons. */
    static final java.util.List<String> ICONS = java.util.List.of("punkt", "baum", "sonne", "rad", "bus", "bank",
            "spielplatz", "warnung", "licht", "wasser");
}
