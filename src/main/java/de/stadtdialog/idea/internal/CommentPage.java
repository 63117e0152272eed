package de.stadtdialog.idea.internal;

import java.time.Instant;
import java.util.List;

/** One page of comment threads, each with its replies in order. */
public record CommentPage(String ideaUrl, List<Thread> threads, Comment.Order order, int page, boolean more,
        boolean mayComment, boolean mayRate) {

    /** A comment as shown, with the replies under it. */
    public record Entry(Comment comment, String author, int myRating, List<Entry> replies) {

        public boolean pending() {
            return comment.visibility() == Idea.Visibility.PENDING;
        }

        public boolean hidden() {
            return comment.visibility() == Idea.Visibility.HIDDEN;
        }

        public Instant createdAt() {
            return comment.createdAt();
        }
    }

    public record Thread(Entry first) {
    }

    public String moreUrl() {
        return ideaUrl + "/kommentare?sortierung=" + order.param + "&seite=" + (page + 2);
    }
}
