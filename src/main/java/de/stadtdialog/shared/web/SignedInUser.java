package de.stadtdialog.shared.web;

/** What every page needs to know about the person who is logged in. */
public interface SignedInUser {

    long id();

    String username();

    boolean platformAdmin();
}
