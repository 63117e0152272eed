package de.stadtdialog.shared.spam;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.permission.Requirement;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestProject;

/** The spam defences, each tripped through a real participation form. */
@IntegrationTest
class SpamDefenceTest {

    private static final String TOO_FAST = "Das ging sehr schnell – bitte prüfen Sie Ihre Eingaben und senden Sie erneut.";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    private TestProject collecting() {
        return data.project(data.organisation()).ideaPhase("Ideen sammeln", "collect", -2, 10).create();
    }

    /** The project page sets up the default categories of its idea collection. */
    private long category(TestProject project) throws Exception {
        new Browser(mvc).get(project.url());
        return jdbc.sql("select min(id) from idea_category where project_id = ?").param(project.id())
                .query(Long.class).single();
    }

    private long ideas(TestProject project) {
        return jdbc.sql("select count(*) from idea where project_id = ?").param(project.id()).query(Long.class)
                .single();
    }

    private MvcResult sendIdea(Browser browser, TestProject project, String title, String text, String... extra)
            throws Exception {
        String[] params = new String[6 + extra.length];
        String[] base = { "title", title, "body", text, "categoryId", String.valueOf(category(project)) };
        System.arraycopy(base, 0, params, 0, 6);
        System.arraycopy(extra, 0, params, 6, extra.length);
        return browser.post(project.ideas(), params);
    }

    @Test
    void theIdeaFormCarriesTheHiddenFieldAndTheSignedTime() throws Exception {
        TestProject project = collecting();
        String form = body(Browser.loggedIn(mvc, data.account()).get(project.ideas() + "/neu"));

        assertThat(form).contains("class=\"honeypot\" aria-hidden=\"true\"", "Bitte leer lassen",
                "name=\"website\" value=\"\" tabindex=\"-1\"", "name=\"formStarted\" value=\"");
    }

    @Test
    void anIdeaWithTheHiddenFieldFilledInIsRefusedAndTheTextStays() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String page = body(sendIdea(citizen, project, "Bänke am Weiher", "Mehr Bänke rund um den Weiher.",
                "website", "https://spam.example"));

        assertThat(page).contains("verstecktes Feld, das leer bleiben muss", "value=\"Bänke am Weiher\"",
                "Mehr Bänke rund um den Weiher.");
        assertThat(ideas(project)).isZero();
    }

    @Test
    void anIdeaSentWithinSecondsOfOpeningTheFormIsRefusedAndTheTextStays() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String page = body(sendIdea(citizen, project, "Trinkbrunnen", "Ein Trinkbrunnen am Markt.",
                "formStarted", Browser.formStamp(Instant.now().minusSeconds(1))));

        assertThat(page).contains(TOO_FAST, "value=\"Trinkbrunnen\"", "Ein Trinkbrunnen am Markt.");
        assertThat(ideas(project)).isZero();
        assertThat(sendIdea(citizen, project, "Trinkbrunnen", "Ein Trinkbrunnen am Markt.").getResponse()
                .getRedirectedUrl()).as("sent again later, it is taken").contains("hinweis=gesendet");
    }

    @Test
    void aMissingOrForgedTimeIsTreatedLikeATooQuickSubmission() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());
        String forged = Browser.formStamp(Instant.now().minusSeconds(60)).replaceFirst("\\.", "0.");

        assertThat(body(sendIdea(citizen, project, "Radweg", "Ein Radweg.", "formStarted", ""))).contains(TOO_FAST);
        assertThat(body(sendIdea(citizen, project, "Radweg", "Ein Radweg.", "formStarted", forged))).contains(TOO_FAST);
        assertThat(ideas(project)).isZero();
    }

    @Test
    void anAccountMaySendTenContributionsInTenMinutesThenIsAskedToWait() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());
        for (int i = 1; i <= 10; i++) {
            assertThat(sendIdea(citizen, project, "Idee " + i, "Vorschlag Nummer " + i).getResponse()
                    .getRedirectedUrl()).isNotNull();
        }

        String page = body(sendIdea(citizen, project, "Idee 11", "Vorschlag Nummer 11"));

        assertThat(page).contains("in den letzten 10 Minuten schon viele Beiträge gesendet", "Vorschlag Nummer 11");
        assertThat(ideas(project)).isEqualTo(10);
        assertThat(sendIdea(Browser.loggedIn(mvc, data.account()), project, "Idee 12", "Von jemand anderem")
                .getResponse().getRedirectedUrl()).as("other people are not affected").isNotNull();
    }

    @Test
    void oneNetworkAddressMaySendThirtyContributionsInTenMinutes() throws Exception {
        TestProject project = collecting();
        String address = TestData.unique("203.0.113.");
        Browser person = null;
        for (int i = 0; i < 30; i++) {
            if (i % 10 == 0) {
                person = Browser.loggedIn(mvc, data.account()).from(address);
            }
            assertThat(sendIdea(person, project, "Idee " + i, "Vorschlag aus dem Rathausnetz " + i).getResponse()
                    .getRedirectedUrl()).isNotNull();
        }

        String page = body(sendIdea(Browser.loggedIn(mvc, data.account()).from(address), project, "Noch eine",
                "Vorschlag aus dem Rathausnetz 31"));

        assertThat(page).contains("Aus Ihrem Netzwerk kamen in den letzten 10 Minuten", "Rathausnetz 31");
        assertThat(ideas(project)).isEqualTo(30);
    }

    @Test
    void aLiveQuestionRoundHasNoLimitPerAddressSinceTheWholeRoomSharesOneNetwork() throws Exception {
        TestProject project = data.project(data.organisation())
                .questionPhase("Fragen im Saal", "live", -1, 10, Requirement.GUEST).create();
        String venue = TestData.unique("203.0.113.");
        for (int i = 0; i <= 30; i++) {
            new Browser(mvc).from(venue).post(project.questions(), "body", "Frage aus dem Saal Nummer " + i);
        }

        assertThat(jdbc.sql("select count(*) from question q join phase p on p.id = q.phase_id where p.project_id = ?")
                .param(project.id()).query(Long.class).single()).isEqualTo(31);
    }

    @Test
    void aNewAccountMayIncludeTwoLinksAnOlderOneMore() throws Exception {
        TestProject project = collecting();
        String threeLinks = "Siehe https://a.example, http://b.example und www.c.example";
        Browser newcomer = Browser.loggedIn(mvc, data.account());

        String page = body(sendIdea(newcomer, project, "Links", threeLinks));

        assertThat(page).contains("höchstens 2 Links", threeLinks);
        assertThat(sendIdea(newcomer, project, "Links", "Siehe https://a.example und www.c.example").getResponse()
                .getRedirectedUrl()).as("two links are fine").isNotNull();
        TestAccount regular = data.account();
        jdbc.sql("update account set created_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.now().minus(30, ChronoUnit.DAYS)), regular.id()).update();
        assertThat(sendIdea(Browser.loggedIn(mvc, regular), project, "Links", threeLinks).getResponse()
                .getRedirectedUrl()).as("an account older than a week may link more").isNotNull();
    }

    @Test
    void theSameTextInTheSameProjectIsRefusedAsDuplicate() throws Exception {
        TestProject project = collecting();
        String text = "Die Ampel an der Kreuzung Mühlstraße schaltet viel zu schnell auf Rot.";
        sendIdea(Browser.loggedIn(mvc, data.account()), project, "Ampel", text);

        String page = body(sendIdea(Browser.loggedIn(mvc, data.account()), project, "Ampel",
                "  die Ampel an der Kreuzung   Mühlstraße schaltet viel zu schnell auf Rot. "));

        assertThat(page).contains("Genau diesen Text gibt es hier schon", "Mühlstraße");
        assertThat(ideas(project)).isEqualTo(1);
        assertThat(sendIdea(Browser.loggedIn(mvc, data.account()), collecting(), "Ampel", text).getResponse()
                .getRedirectedUrl()).as("another project is another conversation").isNotNull();
    }

    @Test
    void theSamePersonSendingTheSameTextElsewhereIsRefusedToo() throws Exception {
        Browser citizen = Browser.loggedIn(mvc, data.account());
        String text = "Kostenlose Parkplätze für alle, jetzt und überall in der ganzen Stadt!";
        sendIdea(citizen, collecting(), "Parken", text);

        assertThat(body(sendIdea(citizen, collecting(), "Parken", text))).contains("Genau diesen Text gibt es hier schon");
    }

    @Test
    void aCommentSentTooQuicklyKeepsItsText() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());
        String idea = sendIdea(citizen, project, "Sitzbänke", "Mehr Sitzbänke.").getResponse().getRedirectedUrl()
                .replaceAll("\\?.*", "");

        String page = body(citizen.post(idea + "/kommentare", "body", "Gute Idee, am besten aus Holz.",
                "formStarted", Browser.formStamp(Instant.now())));

        assertThat(page).contains(TOO_FAST, "Gute Idee, am besten aus Holz.");
    }

    @Test
    void aQuestionFromAGuestWithTheHiddenFieldFilledInIsNotTaken() throws Exception {
        TestProject project = data.project(data.organisation())
                .questionPhase("Fragen", "collect", -1, 10, Requirement.GUEST).create();
        Browser guest = new Browser(mvc);
        assertThat(body(guest.get(project.questions()))).contains("name=\"formStarted\"");

        String page = body(guest.post(project.questions(), "body", "Wann kommt der Bus?", "website", "x"));

        assertThat(page).contains("verstecktes Feld, das leer bleiben muss", "Wann kommt der Bus?");
        assertThat(jdbc.sql("select count(*) from question q join phase p on p.id = q.phase_id where p.project_id = ?")
                .param(project.id()).query(Long.class).single()).isZero();
    }

    @Test
    void aNewsletterSubscriptionWithTheHiddenFieldFilledInSendsNoMail() throws Exception {
        String email = TestData.unique("bot") + "@example.org";

        String page = body(new Browser(mvc).post("/newsletter", "email", email, "website", "x"));

        assertThat(page).contains("verstecktes Feld, das leer bleiben muss", "value=\"" + email + "\"");
        assertThat(jdbc.sql("select count(*) from newsletter_subscriber where email = ?").param(email)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aRegistrationSentWithinSecondsIsRefusedAndKeepsNameAndAddress() throws Exception {
        Browser visitor = new Browser(mvc);
        assertThat(body(visitor.get("/registrieren"))).contains("name=\"formStarted\"");
        String name = TestData.unique("flink");

        String page = body(visitor.post("/registrieren", "username", name, "email", name + "@example.org",
                "password", "ein langes Passwort 42", "acceptTerms", "true",
                "formStarted", Browser.formStamp(Instant.now())));

        assertThat(page).contains(TOO_FAST, "value=\"" + name + "\"", name + "@example.org");
        assertThat(jdbc.sql("select count(*) from account where username = ?").param(name).query(Long.class).single())
                .isZero();
    }
}
