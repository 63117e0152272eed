package de.stadtdialog.permission;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

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

    public MessageSourceResolvable reason() {
        return new DefaultMessageSourceResolvable(new String[] { reasonKey }, args, reasonKey);
    }
}
