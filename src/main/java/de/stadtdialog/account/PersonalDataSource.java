package de.stadtdialog.account;

/**
 * Implemented by every module that stores something about a person, so that "download my data"
 * contains everything without the account module knowing the other modules.
 */
public interface PersonalDataSource {

    /** The section's name in the exported JSON. */
    String section();

    /** Everything this module stores about the account, as JSON-serialisable values. */
    Object collect(long accountId);
}
