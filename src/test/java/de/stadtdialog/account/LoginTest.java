package de.stadtdialog.account;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;

@IntegrationTest
class LoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Mailbox mailbox;

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() throws Exception {
        TestAccount account = data.account();
        Browser browser = new Browser(mvc).from(TestData.unique("203.0.113."));
        browser.login(account.email(), "falsches Passwort 123");
        String wrongPassword = body(browser.get("/anmelden?fehler"));
        browser.login("niemand-" + account.email(), "falsches Passwort 123");
        String unknown = body(browser.get("/anmelden?fehler"));
        assertThat(wrongPassword).contains("E-Mail-Adresse bzw. Benutzername oder Passwort sind nicht richtig");
        assertThat(unknown).contains("E-Mail-Adresse bzw. Benutzername oder Passwort sind nicht richtig");
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaits() throws Exception {
        TestAccount account = data.account();
        Browser browser = new Browser(mvc).from(TestData.unique("203.0.113."));
        for (int i = 0; i < 5; i++) {
            browser.login(account.email(), "falsches Passwort " + i);
        }
        browser.login(account.email(), TestData.PASSWORD);
        assertThat(body(browser.get("/anmelden?fehler"))).contains("Zu viele fehlgeschlagene Versuche");
        assertThat(body(browser.get("/konto"))).doesNotContain(account.username());
    }

    @Test
    void throttlingCountsPerAddressAcrossAccounts() throws Exception {
        Browser attacker = new Browser(mvc).from(TestData.unique("203.0.113."));
        for (int i = 0; i < 30; i++) {
            attacker.login(TestData.unique("rate") + "@example.org", "falsches Passwort");
        }
        TestAccount account = data.account();
        attacker.login(account.email(), TestData.PASSWORD);
        assertThat(body(attacker.get("/anmelden?fehler"))).contains("Zu viele fehlgeschlagene Versuche");

        Browser someoneElse = new Browser(mvc).from(TestData.unique("203.0.113."));
        assertThat(someoneElse.login(account.email(), TestData.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/");
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        TestAccount account = data.account();
        Browser browser = new Browser(mvc).from(TestData.unique("203.0.113."));
        browser.login(account.email(), TestData.PASSWORD);
        assertThat(body(browser.get("/konto"))).contains(account.username());
        assertThat(browser.post("/abmelden").getResponse().getRedirectedUrl()).isEqualTo("/?abgemeldet");
        assertThat(browser.get("/konto").getResponse().getRedirectedUrl()).endsWith("/anmelden");
    }

    @Test
    void forgottenPasswordsAreResetThroughTheMailedLink() throws Exception {
        TestAccount account = data.account();
        Browser browser = new Browser(mvc).from(TestData.unique("203.0.113."));
        assertThat(body(browser.post("/passwort-vergessen", "email", account.email())))
                .contains("Falls ein Konto mit dieser Adresse existiert");
        assertThat(body(browser.post("/passwort-vergessen", "email", "gibt-es-nicht@example.org")))
                .as("the same answer for unknown addresses").contains("Falls ein Konto mit dieser Adresse existiert");

        String link = mailbox.latestTo(account.email()).link();
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(body(browser.get(link))).contains("Neues Passwort festlegen");
        assertThat(body(browser.post("/passwort-neu", "token", token, "password", "123456789012")))
                .contains("Dieses Passwort wird zu häufig verwendet");
        assertThat(browser.post("/passwort-neu", "token", token, "password", "Sommer auf dem Betzenberg")
                .getResponse().getRedirectedUrl()).startsWith("/anmelden");
        assertThat(browser.login(account.email(), "Sommer auf dem Betzenberg").getResponse().getRedirectedUrl())
                .isEqualTo("/");
        assertThat(body(browser.get(link))).as("the link works once").contains("ungültig oder abgelaufen");
    }
}
