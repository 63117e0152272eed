package de.stadtdialog.account;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;

@IntegrationTest
class RegistrationTest {

    private static final String PASSWORD = "Grüne Wiese am Kaiserberg";

    @Autowired
    MockMvc mvc;
    @Autowired
    Mailbox mailbox;
    @Autowired
    TestData data;

    private Browser browser;
    private String username;
    private String email;

    @BeforeEach
    void newVisitor() {
        browser = new Browser(mvc).from(TestData.unique("198.51.100."));
        username = TestData.unique("neu");
        email = username + "@example.org";
    }

    @Test
    void aCitizenRegistersConfirmsTheAddressLogsInAndDownloadsTheirData() throws Exception {
        MvcResult registered = register(username, email, PASSWORD, true);
        assertThat(registered.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(registered)).contains("Bitte bestätigen Sie Ihre E-Mail-Adresse", email);

        browser.login(email, PASSWORD);
        assertThat(body(browser.get("/anmelden?fehler"))).contains("Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse",
                "value=\"" + email + "\"");

        Mailbox.Mail mail = mailbox.latestTo(email);
        assertThat(mail.subject()).contains("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(body(browser.get(mail.link()))).contains("Ihr Konto ist bestätigt");
        assertThat(body(browser.get(mail.link()))).as("a link works once").contains("ungültig oder abgelaufen");

        MvcResult login = browser.login(email, PASSWORD);
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(body(browser.get("/"))).contains("Mein Konto (" + username + ")");

        MvcResult export = browser.get("/konto/daten.json");
        assertThat(export.getResponse().getHeader("Content-Disposition")).contains("attachment");
        assertThat(body(export)).contains("\"username\":\"" + username + "\"", "\"email\":\"" + email + "\"",
                "\"acceptedTermsVersion\":\"nutzungsbedingungen-v1\"", "\"acceptedPrivacyVersion\":\"datenschutz-v1\"");
    }

    @Test
    void aUsernameIsAlsoALoginName() throws Exception {
        confirmedAccount();
        assertThat(browser.login(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aCommonPasswordIsRejectedBesideTheFieldAndTheOtherInputIsKept() throws Exception {
        MvcResult result = register(username, email, "passwort123", true);
        assertThat(body(result)).contains("Bitte korrigieren Sie folgende Angaben",
                "Dieses Passwort wird zu häufig verwendet", "value=\"" + username + "\"", "value=\"" + email + "\"");
        assertThat(mailbox.to(email)).isEmpty();
    }

    @Test
    void aShortPasswordIsRejected() throws Exception {
        assertThat(body(register(username, email, "kurz", true))).contains("mindestens 10 Zeichen");
    }

    @Test
    void registrationNeedsConsentToTermsAndPrivacyNotice() throws Exception {
        assertThat(body(register(username, email, PASSWORD, false)))
                .contains("Bitte stimmen Sie den Nutzungsbedingungen und der Datenschutzerklärung zu");
    }

    @Test
    void anInvalidAddressGetsAMessageInEnglishForEnglishReaders() throws Exception {
        MvcResult result = browser.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/registrieren").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .header("Accept-Language", "en")
                .param("username", username).param("email", "not-an-address").param("password", PASSWORD)
                .param("acceptTerms", "true"));
        assertThat(body(result)).contains("Please enter a valid email address");
    }

    @Test
    void aTakenUsernameIsReported() throws Exception {
        confirmedAccount();
        String other = TestData.unique("andere") + "@example.org";
        assertThat(body(register(username.toUpperCase(), other, PASSWORD, true)))
                .contains("Dieser Benutzername ist bereits vergeben");
    }

    @Test
    void registeringAnExistingAddressRevealsNothingAndTellsTheOwner() throws Exception {
        confirmedAccount();
        MvcResult second = register(TestData.unique("zweit"), email, PASSWORD, true);
        assertThat(body(second)).contains("Bitte bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(mailbox.latestTo(email).subject()).contains("Registrierung mit Ihrer E-Mail-Adresse");
    }

    @Test
    void readingPagesStartsNoSessionButRegisteringDoes() throws Exception {
        for (String page : new String[] { "/", "/projekte", "/organisationen", "/impressum", "/barrierefreiheit" }) {
            MvcResult result = browser.get(page);
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as(page).isEmpty();
        }
        browser.get("/registrieren");
        assertThat(browser.hasSession()).isTrue();
    }

    private void confirmedAccount() throws Exception {
        register(username, email, PASSWORD, true);
        browser.get(mailbox.latestTo(email).link());
    }

    private MvcResult register(String name, String address, String password, boolean accept) throws Exception {
        return accept
                ? browser.post("/registrieren", "username", name, "email", address, "password", password,
                        "acceptTerms", "true")
                : browser.post("/registrieren", "username", name, "email", address, "password", password);
    }
}
