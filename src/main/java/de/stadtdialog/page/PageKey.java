package de.stadtdialog.page;

import java.util.Arrays;
import java.util.Optional;

/** The pages every installation has; the key is also the page's URL path. */
public enum PageKey {
    IMPRESSUM("impressum"),
    DATENSCHUTZ("datenschutz"),
    BARRIEREFREIHEIT("barrierefreiheit"),
    NETIQUETTE("netiquette"),
    NUTZUNGSBEDINGUNGEN("nutzungsbedingungen"),
    SO_FUNKTIONIERTS("so-funktionierts");

    private final String path;

    PageKey(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public static Optional<PageKey> fromPath(String path) {
        return Arrays.stream(values()).filter(key -> key.path.equals(path)).findFirst();
    }
}
