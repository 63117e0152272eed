package de.stadtdialog.verification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.shared.web.FormErrors;

/**
 * The administrators' verification page.
 *
 * @param registerUploadedAt null before the first upload
 * @param verifiedByMethod valid verifications by method name
 */
public record VerificationAdminPage(boolean registerOn, boolean letterOn, boolean inPersonOn,
        Instant registerUploadedAt, int registerRows, FormErrors uploadErrors, int openCodes, int usedCodes,
        int expiredCodes, CodesForm codesForm, FormErrors codesErrors, List<Taxonomy.Term> districts,
        Map<String, Integer> verifiedByMethod) {
}
