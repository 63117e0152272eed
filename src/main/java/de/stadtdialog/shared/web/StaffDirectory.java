package de.stadtdialog.shared.web;

/** Tells the page frame whether to offer the back office to a logged-in person. */
public interface StaffDirectory {

    boolean isStaff(long accountId);
}
