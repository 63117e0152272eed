package de.stadtdialog.verification.internal;

import java.util.List;

import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.verification.VerificationStatus;

/**
 * The desk page for verifying a person in person.
 *
 * @param search what the staff member searched for, empty before a search
 * @param username the account found, null when none was found or searched for
 * @param current the account's verification so far, null for none
 */
public record InPersonPage(String search, String username, VerificationStatus current, InPersonForm form,
        FormErrors errors, List<Taxonomy.Term> districts) {
}
