package de.stadtdialog.moderation;

import org.springframework.stereotype.Service;

import de.stadtdialog.moderation.internal.ModerationService;

/**
 * For the moderation pages the formats keep of their own (hiding a Q&A question, a text comment,
 * releasing a waiting idea): what they decide reaches the project's public moderation log, the
 * audit log and the queue, as if it had been decided in the queue.
 */
@Service
public class ModerationLog {

    private final ModerationService moderation;

    ModerationLog(ModerationService moderation) {
        this.moderation = moderation;
    }

    /** Call after the item was hidden. */
    public void hidden(String kind, long itemId, String reason) {
        moderation.recordHidden(kind, itemId, reason);
    }

    /** Call before the item is released or restored, so its earlier state is known. */
    public void released(String kind, long itemId) {
        moderation.recordReleased(kind, itemId);
    }

    /** Call after a waiting item was refused in pre-moderation. */
    public void refused(String kind, long itemId) {
        moderation.recordRefused(kind, itemId);
    }
}
