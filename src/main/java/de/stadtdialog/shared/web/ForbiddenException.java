package de.stadtdialog.shared.web;

import org.springframework.context.MessageSourceResolvable;

/** Answered with the 403 page, which shows the reason to the person. */
public class ForbiddenException extends RuntimeException {

    private final transient MessageSourceResolvable reason;

    public ForbiddenException(MessageSourceResolvable reason) {
        super(reason.getDefaultMessage(), null, false, false);
        this.reason = reason;
    }

    public MessageSourceResolvable reason() {
        return reason;
    }
}
