package de.stadtdialog.account;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.information.Information;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;

@IntegrationTest
class AccountSettingsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Mailbox mailbox;
    @Autowired
    Information information;

    @Test
    void aNewAddressTakesEffectOnceConfirmed() throws Exception {
        TestAccount account = data.account();
        Browser browser = Browser.loggedIn(mvc, account);
        String newEmail = TestData.unique("neu") + "@example.org";
        assertThat(browser.post("/konto/email", "email", newEmail, "currentPassword", TestData.PASSWORD)
                .getResponse().getRedirectedUrl()).isEqualTo("/konto?email-gesendet=");
        assertThat(body(browser.get(mailbox.latestTo(newEmail).link()))).contains("neue E-Mail-Adresse ist bestätigt");
        browser.post("/abmelden");
        assertThat(browser.login(newEmail, TestData.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void changingTheAddressNeedsTheCurrentPassword() throws Exception {
        Browser browser = Browser.loggedIn(mvc, data.account());
        assertThat(body(browser.post("/konto/email", "email", "x@example.org", "currentPassword", "falsch")))
                .contains("Das aktuelle Passwort ist nicht richtig", "value=\"x@example.org\"");
    }

    @Test
    void changingThePasswordChecksItLikeRegistration() throws Exception {
        TestAccount account = data.account();
        Browser browser = Browser.loggedIn(mvc, account);
        assertThat(body(browser.post("/konto/passwort", "currentPassword", TestData.PASSWORD, "password", "kurz")))
                .contains("mindestens 10 Zeichen");
        browser.post("/konto/passwort", "currentPassword", TestData.PASSWORD, "password", "Neue Wege an der Lauter");
        browser.post("/abmelden");
        assertThat(browser.login(account.email(), "Neue Wege an der Lauter").getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void aDeletedAccountCannotLogInAndItsContributionsShowAsFromADeletedAccount() throws Exception {
        var organisation = data.organisation();
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        var project = data.project(organisation).phase("Information", -1, 10).create();
        information.publish(project.phaseIds().get(0), "Neuigkeit", "Text der Neuigkeit", java.time.LocalDate.now(),
                initiator.id());
        assertThat(body(new Browser(mvc).get(project.url()))).contains("Neuigkeit", initiator.username());

        Browser browser = Browser.loggedIn(mvc, initiator);
        assertThat(body(browser.post("/konto/loeschen", "currentPassword", TestData.PASSWORD)))
                .as("deleting needs an explicit confirmation").contains("Bitte bestätigen Sie, dass Sie Ihr Konto");
        assertThat(browser.post("/konto/loeschen", "currentPassword", TestData.PASSWORD, "confirm", "true")
                .getResponse().getRedirectedUrl()).isEqualTo("/?konto-geloescht");

        String page = body(new Browser(mvc).get(project.url()));
        assertThat(page).contains("Neuigkeit", "Gelöschtes Konto").doesNotContain(initiator.username());
        Browser again = new Browser(mvc).from(TestData.unique("198.18.0."));
        again.login(initiator.email(), TestData.PASSWORD);
        assertThat(body(again.get("/anmelden?fehler"))).contains("Passwort sind nicht richtig");
    }

    @Test
    void theDataExportContainsMembershipsAndAuthoredPosts() throws Exception {
        var organisation = data.organisation();
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        var project = data.project(organisation).phase("Information", 0, 5).create();
        information.publish(project.phaseIds().get(0), "Mein Beitrag", "Inhalt", java.time.LocalDate.now(),
                initiator.id());
        String json = body(Browser.loggedIn(mvc, initiator).get("/konto/daten.json"));
        assertThat(json).contains("\"memberships\"", organisation.name(), "INITIATOR", "\"informationPosts\"",
                "Mein Beitrag");
    }
}
