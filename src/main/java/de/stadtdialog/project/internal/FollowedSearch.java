package de.stadtdialog.project.internal;

import java.util.List;

/** A saved search and what it filters, e.g. "Thema: Mobilität", "Stadtteil: Innenstadt-Ost". */
public record FollowedSearch(Follows.SavedSearch search, List<Part> parts) {

    /** @param value the value as shown, or null when {@code valueKey} names a message for it */
    public record Part(String labelKey, String value, String valueKey) {
    }
}
