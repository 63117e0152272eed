package de.stadtdialog.text;

import java.util.Collection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.text.internal.TextService;

/** Writing a phase's commented text from other modules, e.g. demo content. */
@Service
public class Documents {

    private final TextService texts;

    Documents(TextService texts) {
        this.texts = texts;
    }

    /**
     * Publishes the Markdown as the phase's next version.
     *
     * @param ledToChange comments that made the initiators change the text
     * @throws IllegalArgumentException when the text cannot be split into numbered paragraphs
     */
    @Transactional
    public void publish(long phaseId, String markdown, String changeNote, long authorId, Collection<Long> ledToChange) {
        texts.saveDraft(phaseId, markdown);
        var problems = texts.publish(phaseId, authorId, changeNote, ledToChange);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Text of phase " + phaseId + " not published: " + problems);
        }
    }

    /** Comments on a paragraph of the latest version, or replies to a comment; returns the comment's id. */
    public long comment(long phaseId, String paragraphKey, long authorId, String body, Long parentId) {
        return texts.comment(phaseId, paragraphKey, authorId, body, parentId);
    }

    public void rate(long phaseId, long commentId, long accountId, int rating) {
        texts.rate(phaseId, commentId, accountId, rating);
    }
}
