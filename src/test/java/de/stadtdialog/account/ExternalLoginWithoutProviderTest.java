package de.stadtdialog.account;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;

/** A city that configured no identity provider sees the platform as before: no buttons, no routes. */
@IntegrationTest
class ExternalLoginWithoutProviderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void theLoginAndRegistrationPagesOfferNoProvider() throws Exception {
        String login = body(mvc.perform(get("/anmelden")).andReturn());
        String register = body(mvc.perform(get("/registrieren")).andReturn());
        assertThat(login).contains("Passwort vergessen?").doesNotContain("/oauth2/authorization", "Servicekonto");
        assertThat(register).contains("Konto anlegen").doesNotContain("/oauth2/authorization", "Servicekonto");
    }

    @Test
    void theProviderRoutesDoNotExist() throws Exception {
        assertThat(mvc.perform(get("/oauth2/authorization/bundid")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/login/oauth2/code/bundid?code=x&state=y")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theWelcomePageWithoutALoginFromAProviderSendsBackToTheLogin() throws Exception {
        assertThat(mvc.perform(get("/anmelden/extern")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/anmelden?extern-abgelaufen");
    }

    @Test
    void theAccountPageShowsNoLoginServices() throws Exception {
        Browser browser = Browser.loggedIn(mvc, data.account());
        String account = body(browser.get("/konto"));
        assertThat(account).contains("Passwort ändern", "Aktuelles Passwort").doesNotContain("Anmeldedienste");
    }
}
