package de.stadtdialog.verification.internal;

import de.stadtdialog.shared.web.FormErrors;
import de.stadtdialog.verification.VerificationStatus;

/**
 * The citizen's verification page.
 *
 * @param status null when the person was never verified
 * @param districtName the district of the verification, null when it has none
 */
public record AccountVerificationPage(VerificationStatus status, boolean expired, String districtName,
        boolean registerOn, boolean letterOn, boolean inPersonOn, RegisterForm registerForm,
        FormErrors registerErrors, LetterForm letterForm, FormErrors letterErrors) {
}
