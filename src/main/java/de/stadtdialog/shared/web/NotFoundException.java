package de.stadtdialog.shared.web;

/** Answered with the friendly 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("not found", null, false, false);
    }
}
