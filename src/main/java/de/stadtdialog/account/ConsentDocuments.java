package de.stadtdialog.account;

/** The current versions of the terms of use and the privacy notice a person agrees to. */
public interface ConsentDocuments {

    String termsVersion();

    String privacyVersion();
}
