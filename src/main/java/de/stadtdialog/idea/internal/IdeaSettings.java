package de.stadtdialog.idea.internal;

import java.util.List;

/**
 * What an initiator configured for a project's idea collection.
 *
 * @param editMinutes how long authors may edit their idea after sending it; 0 for never
 * @param voteLimit votes per person in a vote phase; null for one vote per idea without limit
 * @param places named places citizens can pick instead of using the map
 * @param version raised on every change the map shows, so caches know when they are stale
 */
public record IdeaSettings(long projectId, boolean showMap, LocationMode locationMode, boolean imagesAllowed, int maxLength,
        RatingMode ratingMode, boolean premoderation, int editMinutes, Integer voteLimit, List<Place> places,
        long version) {

    static final int DEFAULT_MAX_LENGTH = 2000;

    static IdeaSettings defaults(long projectId) {
        return new IdeaSettings(projectId, true, LocationMode.OPTIONAL, true, DEFAULT_MAX_LENGTH, RatingMode.SUPPORT,
                false, 60, null, List.of(), 0);
    }

    public boolean locationAsked() {
        return locationMode != LocationMode.OFF;
    }

    public enum LocationMode {
        REQUIRED, OPTIONAL, OFF
    }

    public enum RatingMode {
        /** Only "Ich unterstütze das". */
        SUPPORT,
        /** Thumbs up and down. */
        THUMBS
    }

    /** A named place, e.g. "Stiftsplatz", with its position. */
    public record Place(String name, double lat, double lon) {
    }
}
