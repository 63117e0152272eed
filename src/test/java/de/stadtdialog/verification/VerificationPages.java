package de.stadtdialog.verification;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import org.openqa.selenium.By;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

public class VerificationPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        return List.of(
                page("verification", Role.CITIZEN, "/konto/verifizierung"),
                page("verification-unverified", Role.MODERATOR, "/konto/verifizierung"),
                page("verification-register-errors", Role.MODERATOR, "/konto/verifizierung")
                        .afterSubmittingWith(By.cssSelector("form[action='/konto/verifizierung/melderegister'] button"),
                                "surname", "Niemand"),
                page("verification-backoffice", Role.ADMIN, "/verwaltung/verifizierung"),
                page("verification-codes-errors", Role.ADMIN, "/verwaltung/verifizierung")
                        .afterSubmittingWith(By.cssSelector("form[action='/verwaltung/verifizierung/briefcodes'] button"),
                                "count", "0"),
                page("verification-desk", Role.MODERATOR, "/verwaltung/verifizierung/vor-ort?suche=buergerin"));
    }
}
