package de.stadtdialog.idea.internal;

import java.time.Instant;

/** One idea as stored, with its counters. */
public record Idea(long id, long projectId, Long authorId, String guestName, String title, String body, Long categoryId, Long statusId,
        Double lat, Double lon, String place, String imageKey, String imageAlt, Visibility visibility,
        boolean admitted, String responseMd, Instant responseAt, int supports, int opposes, int comments, int votes,
        Instant createdAt, Instant updatedAt) {

    static final String COLUMNS = "id, project_id, author_id, guest_name, title, body, category_id, status_id, lat, lon, place, "
            + "image_key, image_alt, visibility, admitted, response_md, response_at, supports, opposes, comments, "
            + "votes, created_at, updated_at";

    public enum Visibility {
        PUBLISHED,
        /** Waits for a moderator (pre-moderation); only its author and the staff see it. */
        PENDING,
        /** Taken back by its author; stays for the record but is shown to nobody else. */
        WITHDRAWN,
        /** Refused in pre-moderation; only its author sees it, with the notice that it was not published. */
        REJECTED,
        /** Sent by a guest who has not yet followed the confirmation link; shown to nobody. */
        UNCONFIRMED,
        /** Hidden by the moderators with a reason; only its author and the staff see it. */
        HIDDEN
    }

    public boolean located() {
        return lat != null && lon != null;
    }

    public boolean byAuthor(Long accountId) {
        return accountId != null && accountId.equals(authorId);
    }
}
