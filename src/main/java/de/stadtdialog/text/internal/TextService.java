package de.stadtdialog.text.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.notification.Notifications;
import de.stadtdialog.project.Projects;
import de.stadtdialog.shared.web.NotFoundException;

/** Writes of the text format, one transaction each. Callers have checked that the person may act. */
@Service
public class TextService {

    private final TextRepository texts;
    private final TextCommentRepository comments;
    private final Notifications notifications;
    private final Projects projects;
    private final Clock clock;

    TextService(TextRepository texts, TextCommentRepository comments, Notifications notifications, Projects projects,
            Clock clock) {
        this.texts = texts;
        this.comments = comments;
        this.notifications = notifications;
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * Comments on a paragraph of the latest version; a reply deeper than three levels answers its
     * parent's parent instead. Tells the person answered.
     */
    @Transactional
    public long comment(long phaseId, String paragraphKey, long authorId, String body, Long parentId) {
        Version latest = texts.latest(phaseId).orElseThrow(NotFoundException::new);
        if (texts.paragraphs(latest.id()).stream().noneMatch(p -> p.paragraphKey().equals(paragraphKey))) {
            throw new NotFoundException();
        }
        TextComment parent = parentId == null ? null : comments.find(parentId)
                .filter(c -> c.phaseId() == phaseId && c.paragraphKey().equals(paragraphKey))
                .orElseThrow(NotFoundException::new);
        if (parent != null && parent.depth() >= TextComment.MAX_DEPTH) {
            parent = comments.find(parent.parentId()).orElseThrow();
        }
        long id = comments.insert(phaseId, latest.id(), paragraphKey, parent, authorId, body.strip(), clock.instant());
        if (parent != null && parent.authorId() != null && parent.authorId() != authorId) {
            var project = projects.find(projects.findPhase(phaseId).orElseThrow().projectId()).orElseThrow();
            notifications.notify(parent.authorId(), "notification.text.reply", project.title(),
                    "/projekte/" + project.slug() + "/text/absatz/" + paragraphKey + "#kommentar-" + id);
        }
        return id;
    }

    /** One rating per person and comment; the same rating again changes nothing. False for a hidden or unknown comment. */
    @Transactional
    public boolean rate(long phaseId, long commentId, long accountId, int rating) {
        Optional<TextComment> comment = comments.lock(commentId)
                .filter(c -> c.phaseId() == phaseId && !c.hidden());
        comment.ifPresent(c -> comments.rate(c, accountId, Integer.signum(rating)));
        return comment.isPresent();
    }

    @Transactional
    public void hide(long phaseId, long commentId, String reason) {
        TextComment comment = comments.find(commentId).filter(c -> c.phaseId() == phaseId)
                .orElseThrow(NotFoundException::new);
        comments.hide(comment.id(), reason.strip());
    }

    @Transactional
    public void restore(long commentId) {
        comments.restore(commentId);
    }

    @Transactional
    public void highlight(long commentId, boolean highlighted) {
        comments.highlight(commentId, highlighted);
    }

    @Transactional
    public void saveDraft(long phaseId, String bodyMd) {
        texts.saveDraft(phaseId, bodyMd.strip(), clock.instant());
    }

    /** The draft's paragraphs as they would be numbered if it were published now. */
    public ParagraphNumbering.Result preview(long phaseId, String bodyMd) {
        List<Paragraph> previous = texts.latest(phaseId).map(v -> texts.paragraphs(v.id())).orElse(List.of());
        return ParagraphNumbering.number(bodyMd, previous, texts.highestNumbers(phaseId));
    }

    /**
     * Publishes the saved draft as the next version and marks the comments that led to it.
     *
     * @return the problems that kept it from being published, empty when it was published
     */
    @Transactional
    public List<ParagraphNumbering.Problem> publish(long phaseId, Long authorId, String changeNote,
            Collection<Long> ledToChange) {
        String draft = texts.draft(phaseId).orElse("");
        Optional<Version> latest = texts.lockLatest(phaseId);
        if (latest.isPresent() && latest.get().bodyMd().equals(draft)) {
            return List.of(new ParagraphNumbering.Problem("text.problem.unchanged",
                    String.valueOf(latest.get().versionNo())));
        }
        ParagraphNumbering.Result result = preview(phaseId, draft);
        if (!result.ok()) {
            return result.problems();
        }
        int versionNo = latest.map(v -> v.versionNo() + 1).orElse(1);
        String note = changeNote == null || changeNote.isBlank() ? null : changeNote.strip();
        texts.insertVersion(phaseId, versionNo, draft, note, authorId, result.paragraphs(), clock.instant());
        comments.markLedTo(phaseId, ledToChange, versionNo);
        return List.of();
    }
}
