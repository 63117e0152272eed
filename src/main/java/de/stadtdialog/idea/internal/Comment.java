package de.stadtdialog.idea.internal;

import java.time.Instant;

/** A comment on an idea; replies keep the first comment of their thread as root, up to depth 2. */
public record Comment(long id, long ideaId, Long rootId, Long parentId, int depth, Long authorId, String guestName,
        String body,
        Idea.Visibility visibility, int ups, int downs, int score, Instant createdAt, String hiddenReason,
        boolean cityHighlight) {

    static final String COLUMNS = "id, idea_id, root_id, parent_id, depth, author_id, guest_name, body, visibility, ups, downs, "
            + "score, created_at, hidden_reason, city_highlight";

    /** Three levels: a comment, a reply, a reply to the reply. */
    static final int MAX_DEPTH = 2;

    static final int PAGE_SIZE = 20;

    public enum Order {
        NEWEST("neueste"), OLDEST("aelteste"), BEST("beste");

        final String param;

        public String param() {
            return param;
        }

        Order(String param) {
            this.param = param;
        }

        static Order of(String param) {
            for (Order order : values()) {
                if (order.param.equals(param)) {
                    return order;
                }
            }
            return NEWEST;
        }
    }
}
