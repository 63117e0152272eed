package de.stadtdialog.notification;

import static de.stadtdialog.support.browser.CheckedPage.page;

import java.util.List;

import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

public class NotificationPages implements PageSet {

    @Override
    public List<CheckedPage> pages(DemoCity city) {
        long issue = city.newsletterId("Neues aus dem Lautrer Stadtdialog – November");
        return List.of(
                page("notifications", Role.CITIZEN, "/benachrichtigungen"),
                page("notification-settings", Role.CITIZEN, "/benachrichtigungen/einstellungen"),
                page("notification-unsubscribe", Role.VISITOR, "/e-mails/abbestellen/" + city.notificationToken()),
                page("followed", Role.CITIZEN, "/konto/verfolgt"),
                page("overview-filtered-save-search", Role.CITIZEN, "/projekte?q=Rad"),
                page("organisation-follow", Role.CITIZEN, "/organisationen/referat-umwelt"),
                page("newsletter", Role.VISITOR, "/newsletter"),
                page("newsletter-requested", Role.VISITOR, "/newsletter?angefragt="),
                page("newsletter-errors", Role.VISITOR, "/newsletter").afterSubmitting("email", "keine-adresse"),
                page("newsletter-unsubscribe", Role.VISITOR, "/newsletter/abbestellen/"
                        + city.newsletterToken("leserin@stadtdialog.example")),
                page("newsletter-backoffice", Role.ADMIN, "/verwaltung/newsletter"),
                page("newsletter-issue", Role.ADMIN, "/verwaltung/newsletter/" + issue),
                page("newsletter-new-errors", Role.ADMIN, "/verwaltung/newsletter/neu").afterSubmitting("subject", ""));
    }
}
