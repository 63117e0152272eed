package de.stadtdialog.moderation;

import java.util.List;
import java.util.Optional;

/**
 * What a format offers the moderators for one kind of its content ("idea", "idea-comment", ...).
 * Each format implements it in its own module; moderation checks who may act before calling.
 */
public interface ModeratedContent {

    /** The kind's key, stable, used in links and the database. */
    String kind();

    Optional<ModeratedItem> find(long id);

    /**
     * Takes the item out of every public view of the format; where a thread needs it, a placeholder
     * names the reason instead.
     */
    void hide(long id, String reason);

    /** Makes a hidden item public again. */
    void restore(long id);

    /** Releases an item waiting for pre-moderation. */
    void approve(long id);

    /** Items of the organisation's projects that wait for pre-moderation, oldest first. */
    List<ModeratedItem> pending(long organisationId);

    /** Marks a comment as the city's or takes the mark back, where the kind supports it. */
    default void highlight(long id, boolean highlighted) {
        throw new UnsupportedOperationException(kind() + " cannot be highlighted");
    }
}
