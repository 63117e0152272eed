package de.stadtdialog.permission;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import de.stadtdialog.shared.web.ForbiddenException;

/**
 * The evaluator's answer. A denial carries the reason as a message key with arguments, which
 * the page resolves in the reader's language.
 */
public record Decision(boolean allowed, String reasonKey, Object... args) {

    public static final Decision ALLOW = new Decision(true, null);

    public static Decision deny(String reasonKey, Object... args) {
        return new Decision(false, reasonKey, args);
    }

    public boolean denied() {
        return !allowed;
    }

    /** Ends the request with the 403 page, which shows the reason, unless the answer is yes. */
    public void orForbid() {
        if (!allowed) {
            throw new ForbiddenException(reason());
        }
    }

    public MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable(new String[] { reasonKey }, args, reasonKey);
    }
}
