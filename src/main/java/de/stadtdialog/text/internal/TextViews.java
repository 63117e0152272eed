package de.stadtdialog.text.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import de.stadtdialog.account.Accounts;
import de.stadtdialog.shared.markdown.Markdown;

/** Loads what the public pages show, a handful of queries per page. */
@Component
class TextViews {

    private final TextRepository texts;
    private final TextCommentRepository comments;
    private final Accounts accounts;
    private final Markdown markdown;

    TextViews(TextRepository texts, TextCommentRepository comments, Accounts accounts, Markdown markdown) {
        this.texts = texts;
        this.comments = comments;
        this.accounts = accounts;
        this.markdown = markdown;
    }

    /** The latest version; paragraphs with equally many comments keep the document's order. */
    DocumentView document(long phaseId) {
        List<Version> versions = texts.versions(phaseId);
        if (versions.isEmpty()) {
            return new DocumentView(null, List.of(), List.of(), List.of(), 0);
        }
        Version latest = versions.get(versions.size() - 1);
        Map<String, Long> counts = comments.counts(phaseId);
        Map<Integer, DocumentView.Chapter> chapters = new LinkedHashMap<>();
        List<DocumentView.Item> items = new ArrayList<>();
        for (Paragraph paragraph : texts.paragraphs(latest.id())) {
            DocumentView.Item item = new DocumentView.Item(paragraph, markdown.render(paragraph.body(), 4),
                    counts.getOrDefault(paragraph.paragraphKey(), 0L));
            items.add(item);
            chapters.computeIfAbsent(paragraph.chapterNo(),
                    n -> new DocumentView.Chapter(n, paragraph.chapterTitle(), new ArrayList<>())).paragraphs().add(item);
        }
        List<DocumentView.Item> discussed = items.stream()
                .sorted(Comparator.comparingLong(DocumentView.Item::comments).reversed()).toList();
        return new DocumentView(latest, versions, List.copyOf(chapters.values()), discussed,
                counts.values().stream().mapToLong(Long::longValue).sum());
    }

    ThreadPage threads(TextContext context, List<Version> versions, String key, int page) {
        List<TextComment> firsts = comments.threads(context.phase().id(), key, page);
        boolean more = firsts.size() > TextComment.PAGE_SIZE;
        if (more) {
            firsts = firsts.subList(0, TextComment.PAGE_SIZE);
        }
        List<TextComment> replies = comments.replies(firsts.stream().map(TextComment::id).toList());
        List<TextComment> all = Stream.concat(firsts.stream(), replies.stream()).toList();
        Map<Long, String> names = accounts.displayNames(all.stream().map(TextComment::authorId).toList());
        Long viewer = context.accountId();
        Map<Long, Integer> mine = viewer == null ? Map.of()
                : comments.ratings(all.stream().map(TextComment::id).toList(), viewer);
        Map<Long, Integer> versionNos = versionNumbers(versions);
        Map<Long, List<TextComment>> byParent = new HashMap<>();
        replies.forEach(reply -> byParent.computeIfAbsent(reply.parentId(), k -> new ArrayList<>()).add(reply));
        Function<TextComment, ThreadPage.Entry> entries = new Function<>() {
            @Override
            public ThreadPage.Entry apply(TextComment comment) {
                return new ThreadPage.Entry(comment, names.get(comment.authorId()), mine.getOrDefault(comment.id(), 0),
                        versionNos.getOrDefault(comment.versionId(), 0),
                        byParent.getOrDefault(comment.id(), List.of()).stream().map(this).toList());
            }
        };
        return new ThreadPage(context.base() + "/absatz/" + key, firsts.stream().map(entries).toList(), page, more,
                context.may(TextFormat.COMMENT), viewer != null && context.may(TextFormat.RATE),
                context.canModerate(), versions.get(versions.size() - 1).versionNo());
    }

    /** Paragraphs in the order of the newer version, removed ones after them in their old order. */
    ChangeSet changes(long phaseId, List<Version> versions, Version from, Version to) {
        Map<String, Paragraph> before = texts.paragraphs(from.id()).stream()
                .collect(Collectors.toMap(Paragraph::paragraphKey, p -> p, (a, b) -> a, LinkedHashMap::new));
        List<Paragraph> after = texts.paragraphs(to.id());
        Map<String, List<TextComment>> reasons = comments.ledTo(phaseId, from.versionNo(), to.versionNo()).stream()
                .collect(Collectors.groupingBy(TextComment::paragraphKey));
        Map<Long, String> names = accounts.displayNames(reasons.values().stream().flatMap(List::stream)
                .map(TextComment::authorId).toList());
        Map<Long, Integer> versionNos = versionNumbers(versions);
        Function<String, List<ChangeSet.Reason>> reasonsOf = key -> reasons.getOrDefault(key, List.of()).stream()
                .map(c -> new ChangeSet.Reason(c, names.get(c.authorId()), versionNos.getOrDefault(c.versionId(), 0)))
                .toList();
        List<ChangeSet.Change> changes = new ArrayList<>();
        int unchanged = 0;
        for (Paragraph paragraph : after) {
            Paragraph old = before.remove(paragraph.paragraphKey());
            if (old == null) {
                changes.add(new ChangeSet.Change(paragraph.paragraphKey(), paragraph.chapterTitle(), ChangeSet.Status.NEW,
                        WordDiff.between("", paragraph.body()), reasonsOf.apply(paragraph.paragraphKey())));
            } else if (old.body().equals(paragraph.body())) {
                unchanged++;
            } else {
                changes.add(new ChangeSet.Change(paragraph.paragraphKey(), paragraph.chapterTitle(),
                        ChangeSet.Status.CHANGED, WordDiff.between(old.body(), paragraph.body()),
                        reasonsOf.apply(paragraph.paragraphKey())));
            }
        }
        for (Paragraph removed : before.values()) {
            changes.add(new ChangeSet.Change(removed.paragraphKey(), removed.chapterTitle(), ChangeSet.Status.REMOVED,
                    WordDiff.between(removed.body(), ""), reasonsOf.apply(removed.paragraphKey())));
        }
        return new ChangeSet(from, to, changes, unchanged);
    }

    private static Map<Long, Integer> versionNumbers(List<Version> versions) {
        return versions.stream().collect(Collectors.toMap(Version::id, Version::versionNo));
    }
}
