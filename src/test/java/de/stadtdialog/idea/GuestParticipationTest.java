package de.stadtdialog.idea;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.permission.Requirement;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestProject;

@IntegrationTest
class GuestParticipationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IdeaFixture ideas;
    @Autowired
    Mailbox mailbox;
    @Autowired
    JdbcClient jdbc;

    private TestProject openToGuests() throws Exception {
        TestProject project = data.project(data.organisation()).area(TestData.DOWNTOWN)
                .ideaPhase("Ideen sammeln", "collect", -1, 10, Requirement.GUEST).create();
        new Browser(mvc).get(project.url());
        return project;
    }

    @Test
    void aGuestSendsAnIdeaConfirmsItByMailAndTheAddressIsThenErased() throws Exception {
        TestProject project = openToGuests();
        String email = TestData.unique("gast") + "@example.org";
        Browser guest = new Browser(mvc);

        MvcResult sent = guest.post(project.ideas(), "title", "Bank am Brunnen", "body", "Bitte eine Bank.",
                "categoryId", String.valueOf(ideas.category(project)), "guestName", "Rosi", "guestEmail", email,
                "guestConsent", "true");

        assertThat(sent.getResponse().getRedirectedUrl()).endsWith("?hinweis=bestaetigen");
        assertThat(body(guest.get(sent.getResponse().getRedirectedUrl()))).contains("Wir haben Ihnen einen Link geschickt")
                .doesNotContain("Bank am Brunnen");
        Mailbox.Mail mail = mailbox.latestTo(email);
        assertThat(mail.subject()).contains("Bitte bestätigen Sie Ihre Idee");
        assertThat(mail.body()).contains("Bank am Brunnen", project.title());
        String link = mail.link().replaceFirst("^https?://[^/]+", "");

        assertThat(body(new Browser(mvc).get(link))).as("opening the link alone confirms nothing")
                .contains("Jetzt bestätigen");
        assertThat(body(new Browser(mvc).get(project.ideas()))).doesNotContain("Bank am Brunnen");
        String ideaUrl = new Browser(mvc).post(link).getResponse().getRedirectedUrl();

        assertThat(body(new Browser(mvc).get(ideaUrl))).contains("Bank am Brunnen", "Von Rosi (Gast)",
                "Ihre E-Mail-Adresse ist gelöscht");
        assertThat(jdbc.sql("select count(*) from idea where guest_email is not null and project_id = ?")
                .param(project.id()).query(Long.class).single()).isZero();
        assertThat(body(new Browser(mvc).get(link))).as("a link works once").contains("Dieser Link gilt nicht mehr");
    }

    @Test
    void aGuestMustGiveANameAValidAddressAndConsentAndKeepsWhatWasTyped() throws Exception {
        TestProject project = openToGuests();

        String page = body(new Browser(mvc).post(project.ideas(), "title", "Ohne Angaben", "body", "Text bleibt.",
                "categoryId", String.valueOf(ideas.category(project)), "guestEmail", "keine-adresse"));

        assertThat(page).contains("Bitte geben Sie einen Namen an", "Bitte geben Sie eine gültige E-Mail-Adresse an",
                "Hinweise zum Datenschutz gelesen haben", "value=\"Ohne Angaben\"", "Text bleibt.",
                "value=\"keine-adresse\"");
    }

    @Test
    void aGuestCommentIsPublishedAfterConfirmationButSupportingNeedsAnAccount() throws Exception {
        TestProject project = openToGuests();
        long idea = ideas.idea(project, data.account(), "Mehr Schatten");
        String email = TestData.unique("gast") + "@example.org";
        Browser guest = new Browser(mvc);
        String url = project.ideas() + "/" + idea;

        guest.post(url + "/kommentare", "body", "Gute Idee von mir als Gast.", "guestName", "Kai",
                "guestEmail", email, "guestConsent", "true");
        new Browser(mvc).post(mailbox.latestTo(email).link().replaceFirst("^https?://[^/]+", ""));
        MvcResult support = guest.post(url + "/bewertung", "wert", "1");

        assertThat(body(new Browser(mvc).get(url))).contains("Gute Idee von mir als Gast.", "Kai (Gast)");
        assertThat(support.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(support)).contains("Zum Unterstützen und Abstimmen melden Sie sich bitte an");
        assertThat(ideas.column(idea, "supports")).isZero();
    }

    @Test
    void anAddressGetsOnlyAFewOpenConfirmationLinksADay() throws Exception {
        TestProject project = openToGuests();
        String email = TestData.unique("flut") + "@example.org";
        String category = String.valueOf(ideas.category(project));
        int openLinksPerDay = 5;
        for (int i = 0; i < openLinksPerDay; i++) {
            new Browser(mvc).post(project.ideas(), "title", "Idee " + i, "body", "Text", "categoryId", category,
                    "guestName", "Flut", "guestEmail", email, "guestConsent", "true");
        }

        String refused = body(new Browser(mvc).post(project.ideas(), "title", "Noch eine", "body", "Text",
                "categoryId", category, "guestName", "Flut", "guestEmail", email, "guestConsent", "true"));

        assertThat(refused).contains("schon mehrere Bestätigungslinks geschickt");
        assertThat(mailbox.to(email)).hasSize(openLinksPerDay);
    }
}
