package de.stadtdialog.account;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import org.openqa.selenium.By;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

public class AccountPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        return List.of(
                page("register", Role.VISITOR, "/registrieren"),
                page("register-errors", Role.VISITOR, "/registrieren").afterSubmitting("password", "kurz"),
                page("login", Role.VISITOR, "/anmelden"),
                page("login-failed", Role.VISITOR, "/anmelden").afterSubmitting("login", "niemand@example.org",
                        "password", "falsches Passwort"),
                page("forgot-password", Role.VISITOR, "/passwort-vergessen"),
                page("forgot-password-errors", Role.VISITOR, "/passwort-vergessen").afterSubmitting("email", "keine"),
                page("reset-link-expired", Role.VISITOR, "/passwort-neu?token=abgelaufen"),
                page("confirmation-link-expired", Role.VISITOR, "/konto/bestaetigen?token=abgelaufen"),
                page("account", Role.CITIZEN, "/konto"),
                page("account-errors", Role.CITIZEN, "/konto")
                        .afterSubmittingWith(By.cssSelector("form[action='/konto/email'] button[type=submit]"),
                                "email", "keine-adresse"),
                page("account-username-errors", Role.CITIZEN, "/konto")
                        .afterSubmittingWith(By.cssSelector("form[action='/konto/benutzername'] button[type=submit]"),
                                "username", "x"));
    }
}
