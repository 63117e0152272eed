package de.stadtdialog.shared.web;

/** Counts a person's unread notifications for the header; implemented by the notification module. */
public interface Inbox {

    long unread(long accountId);
}
