package de.stadtdialog.idea.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import de.stadtdialog.account.Accounts;

/** Loads a page of comment threads in three queries: threads, their replies, and the names and ratings. */
@Component
class CommentThreads {

    private final CommentRepository comments;
    private final Accounts accounts;

    CommentThreads(CommentRepository comments, Accounts accounts) {
        this.comments = comments;
        this.accounts = accounts;
    }

    CommentPage page(IdeaContext context, Idea idea, Comment.Order order, int page) {
        Long viewer = context.accountId();
        List<Comment> firsts = comments.threads(idea.id(), order, page, viewer);
        boolean more = firsts.size() > Comment.PAGE_SIZE;
        if (more) {
            firsts = firsts.subList(0, Comment.PAGE_SIZE);
        }
        List<Comment> replies = comments.replies(firsts.stream().map(Comment::id).toList(), viewer);
        List<Comment> all = Stream.concat(firsts.stream(), replies.stream()).toList();
        Map<Long, String> names = accounts.displayNames(all.stream().map(Comment::authorId).toList());
        Map<Long, Integer> mine = viewer == null ? Map.of()
                : comments.ratings(all.stream().map(Comment::id).toList(), viewer);
        Map<Long, List<Comment>> byParent = new HashMap<>();
        for (Comment reply : replies) {
            byParent.computeIfAbsent(reply.parentId(), k -> new ArrayList<>()).add(reply);
        }
        List<CommentPage.Thread> threads = firsts.stream()
                .map(first -> new CommentPage.Thread(entry(first, byParent, names, mine))).toList();
        String url = context.base() + "/" + idea.id();
        boolean mayComment = context.may(IdeaFormat.COMMENT) && idea.visibility() == Idea.Visibility.PUBLISHED;
        boolean mayRate = viewer != null && (context.may(IdeaFormat.COMMENT) || context.may(IdeaFormat.RATE));
        return new CommentPage(url, threads, order, page, more, mayComment, mayRate);
    }

    private static CommentPage.Entry entry(Comment comment, Map<Long, List<Comment>> byParent,
            Map<Long, String> names, Map<Long, Integer> mine) {
        List<CommentPage.Entry> replies = byParent.getOrDefault(comment.id(), List.of()).stream()
                .map(reply -> entry(reply, byParent, names, mine)).toList();
        String name = comment.authorId() == null && comment.guestName() != null
                ? IdeaViews.guest(comment.guestName()) : names.get(comment.authorId());
        return new CommentPage.Entry(comment, name, mine.getOrDefault(comment.id(), 0), replies);
    }
}
