package de.stadtdialog.account.internal;

/** What the consent page shows: which documents changed, where to go afterwards. */
public record ConsentPage(String next, boolean missing, boolean termsChanged, boolean privacyChanged,
        boolean needed) {
}
