package de.stadtdialog.idea;

import java.util.List;

/**
 * The idea collection's API for other modules: setting a collection up and filling it, as the
 * demo city and imports of offline contributions do. Citizens act through the pages, which check
 * permissions; callers of this API are trusted code.
 */
public interface Ideas {

    record NewCategory(String name, String colour, String icon) {
    }

    record NamedPlace(String name, double lat, double lon) {
    }

    /**
     * How a collection works, where it differs from the defaults (map beside the list, location
     * optional, support only, no pre-moderation).
     */
    record Options(boolean showMap, boolean askLocation, boolean thumbs, boolean premoderation) {
    }

    void configure(long projectId, Options options);

    /** Creates the project's collection (if needed) with these categories instead of the default one, and places. */
    void setUp(long projectId, List<NewCategory> categories, List<NamedPlace> places);

    /** Adds a published idea; the category is named, the location optional. */
    long add(long projectId, long authorId, String title, String body, String category, Double lat, Double lon,
            String place);

    void support(long ideaId, long accountId);

    long comment(long ideaId, Long parentId, long authorId, String body);

    /** Sets the status (by name) and the city's response. */
    void answer(long ideaId, String statusName, String responseMd);
}
