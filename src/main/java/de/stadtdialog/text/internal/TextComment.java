package de.stadtdialog.text.internal;

import java.time.Instant;

/**
 * A comment on a paragraph, written on one version; replies keep the first comment of their thread
 * as root, up to depth 2.
 *
 * @param ledToVersion the version that changed the paragraph because of this comment, or null
 * @param cityHighlight marked by the moderators as the city's
 */
public record TextComment(long id, long phaseId, long versionId, String paragraphKey, Long rootId, Long parentId,
        int depth, Long authorId, String body, Visibility visibility, String hiddenReason, Integer ledToVersion,
        int ups, int downs, int score, Instant createdAt, boolean cityHighlight) {

    static final String COLUMNS = "id, phase_id, version_id, paragraph_key, root_id, parent_id, depth, author_id, body, "
            + "visibility, hidden_reason, led_to_version, ups, downs, score, created_at, city_highlight";

    /** Three levels: a comment, a reply, a reply to the reply. */
    static final int MAX_DEPTH = 2;

    static final int PAGE_SIZE = 20;

    /** Comments appear at once; moderators hide them afterwards, with a reason everyone can read. */
    public enum Visibility {
        PUBLISHED, HIDDEN
    }

    public boolean hidden() {
        return visibility == Visibility.HIDDEN;
    }
}
