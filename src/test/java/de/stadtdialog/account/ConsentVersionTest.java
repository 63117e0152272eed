package de.stadtdialog.account;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;

/** People who agreed to an older privacy notice or terms of use are asked again before they go on. */
@IntegrationTest
class ConsentVersionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConsentDocuments documents;

    /** Someone who agreed to the current terms but to a privacy notice the operator has since changed. */
    private TestAccount agreedToAnOlderPrivacyNotice() {
        TestAccount person = data.account();
        jdbc.sql("update account set terms_version = ?, privacy_version = 'datenschutz-v0' where id = ?")
                .params(documents.termsVersion(), person.id()).update();
        return person;
    }

    @Test
    void afterLoginTheNextPageAsksForConsentToTheNewVersionAndThenLeadsBack() throws Exception {
        TestAccount person = agreedToAnOlderPrivacyNotice();
        var project = data.project(data.organisation()).phase("Information", -1, 10).create();
        Browser browser = Browser.loggedIn(mvc, person);

        String consentUrl = browser.get(project.url()).getResponse().getRedirectedUrl();

        assertThat(consentUrl).isEqualTo("/konto/zustimmung?weiter=" + project.url());
        String page = body(browser.get(consentUrl));
        assertThat(page).contains("Datenschutzerklärung (neue Fassung)", "href=\"/datenschutz\"")
                .doesNotContain("Nutzungsbedingungen (neue Fassung)");
        assertThat(browser.get("/datenschutz").getResponse().getStatus()).as("the changed text can be read")
                .isEqualTo(200);

        assertThat(body(browser.post("/konto/zustimmung", "weiter", project.url())))
                .contains("Bitte bestätigen Sie, dass Sie den neuen Fassungen zustimmen.");
        assertThat(browser.post("/konto/zustimmung", "weiter", project.url(), "accept", "true").getResponse()
                .getRedirectedUrl()).isEqualTo(project.url());

        assertThat(browser.get(project.url()).getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select privacy_version from account where id = ?").param(person.id())
                .query(String.class).single()).isEqualTo(documents.privacyVersion());
        assertThat(jdbc.sql("select count(*) from account where id = ? and consented_at is not null")
                .param(person.id()).query(Long.class).single()).isOne();
    }

    @Test
    void takingPartIsRefusedUntilTheNewVersionIsAccepted() throws Exception {
        TestAccount person = agreedToAnOlderPrivacyNotice();
        var project = data.project(data.organisation()).ideaPhase("Ideen", "collect", -1, 10).create();
        Browser browser = Browser.loggedIn(mvc, person);

        var sent = browser.post(project.ideas(), "title", "Bank", "body", "Eine Bank am Weiher.");

        assertThat(sent.getResponse().getRedirectedUrl()).startsWith("/konto/zustimmung");
        assertThat(jdbc.sql("select count(*) from idea where project_id = ?").param(project.id()).query(Long.class)
                .single()).isZero();
    }

    @Test
    void whoAgreedToTheCurrentVersionsIsNotAsked() throws Exception {
        TestAccount person = data.account();
        jdbc.sql("update account set terms_version = ?, privacy_version = ? where id = ?")
                .params(documents.termsVersion(), documents.privacyVersion(), person.id()).update();

        assertThat(Browser.loggedIn(mvc, person).get("/").getResponse().getStatus()).isEqualTo(200);
        assertThat(new Browser(mvc).get("/konto/zustimmung").getResponse().getRedirectedUrl())
                .as("anonymous people are sent to log in").endsWith("/anmelden");
    }
}
