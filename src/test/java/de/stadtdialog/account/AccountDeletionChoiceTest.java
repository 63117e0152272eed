package de.stadtdialog.account;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.event.EventDraft;
import de.stadtdialog.event.EventKind;
import de.stadtdialog.event.Events;
import de.stadtdialog.event.RegistrationStatus;
import de.stadtdialog.permission.Requirement;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestProject;

/** Deleting an account: the person chooses whether their contributions go with it; correcting the user name. */
@IntegrationTest
class AccountDeletionChoiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Events events;
    @Autowired
    Mailbox mailbox;

    private record Scene(TestProject project, TestProject hearing, TestAccount leaving, Browser browser, String ownIdea, String othersIdea) {
    }

    /** Someone who sent an idea, commented on another, supported it and asked a question. */
    private Scene scene() throws Exception {
        TestProject project = data.project(data.organisation()).ideaPhase("Ideen sammeln", "collect", -2, 10).create();
        TestProject hearing = data.project(data.organisation())
                .questionPhase("Fragen", "collect", -1, 10, Requirement.ACCOUNT).create();
        new Browser(mvc).get(project.url());
        String category = String.valueOf(jdbc.sql("select min(id) from idea_category where project_id = ?")
                .param(project.id()).query(Long.class).single());
        Browser other = Browser.loggedIn(mvc, data.account());
        String othersIdea = other.post(project.ideas(), "title", "Wasserspielplatz", "body", "Für heiße Tage.",
                "categoryId", category).getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        TestAccount leaving = data.account();
        Browser browser = Browser.loggedIn(mvc, leaving);
        String ownIdea = browser.post(project.ideas(), "title", "Nachtbus", "body", "Ein Nachtbus am Wochenende.",
                "categoryId", category).getResponse().getRedirectedUrl().replaceAll("\\?.*", "");
        browser.post(othersIdea + "/kommentare", "body", "Am besten mit Schatten daneben.");
        browser.post(othersIdea + "/bewertung", "wert", "1");
        browser.post(hearing.questions(), "body", "Wer bezahlt den Nachtbus?");
        assertThat(counters(othersIdea)).containsEntry("supports", 1).containsEntry("comments", 1);
        return new Scene(project, hearing, leaving, browser, ownIdea, othersIdea);
    }

    private Map<String, Integer> counters(String ideaUrl) {
        long id = Long.parseLong(ideaUrl.substring(ideaUrl.lastIndexOf('/') + 1));
        return jdbc.sql("select supports, comments from idea where id = ?").param(id)
                .query((rs, n) -> Map.of("supports", rs.getInt(1), "comments", rs.getInt(2))).single();
    }

    @Test
    void downloadMyDataHasASectionFromEveryModuleThatKeepsSomethingAboutPeople() throws Exception {
        String json = body(Browser.loggedIn(mvc, data.account()).get("/konto/daten.json"));

        assertThat(json).contains("\"account\"", "\"ideas\"", "\"eventRegistrations\"", "\"planRequests\"",
                "\"follows\"", "\"newsletter\"", "\"memberships\"");
    }

    @Test
    void aDeletedAccountsSeatAtAComingEventGoesToTheFirstOnTheWaitingList() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(5));
        long event = events.create(new EventDraft(data.organisation().id(), null, TestData.unique("Werkstatt "),
                "Wir sprechen über den Platz.", EventKind.IN_PERSON, start, start.plus(Duration.ofHours(2)),
                "Rathaus", "Willy-Brandt-Platz 1", null, null, null, true, false, false, null, true, 1));
        TestAccount leaving = data.account();
        TestAccount waiting = data.account();
        events.register(event, leaving.id());
        assertThat(events.register(event, waiting.id())).contains(RegistrationStatus.WAITING);

        Browser.loggedIn(mvc, leaving).post("/konto/loeschen", "currentPassword", TestData.PASSWORD,
                "removeContributions", "false", "confirm", "true");

        assertThat(mailbox.latestTo(waiting.email(), "Ein Platz ist frei geworden").body()).contains("nachgerückt");
        assertThat(jdbc.sql("select status from event_registration where event_id = ? and account_id = ?")
                .params(event, waiting.id()).query(String.class).single()).isEqualTo("CONFIRMED");
    }

    @Test
    void theSettingsPageOffersBothChoices() throws Exception {
        String page = body(Browser.loggedIn(mvc, data.account()).get("/konto"));

        assertThat(page).contains("Was soll mit Ihren Beiträgen geschehen?", "Erhalten als „Gelöschtes Konto“",
                "name=\"removeContributions\" value=\"true\"");
    }

    @Test
    void whoChoosesToRemoveTheirContributionsLeavesNothingBehindAndTheCountersFollow() throws Exception {
        Scene scene = scene();

        assertThat(scene.browser().post("/konto/loeschen", "currentPassword", TestData.PASSWORD,
                "removeContributions", "true", "confirm", "true").getResponse().getRedirectedUrl())
                .isEqualTo("/?konto-geloescht");

        Browser reader = new Browser(mvc);
        assertThat(reader.get(scene.ownIdea()).getResponse().getStatus()).isEqualTo(404);
        assertThat(body(reader.get(scene.othersIdea()))).contains("Wasserspielplatz")
                .doesNotContain("Am besten mit Schatten daneben.");
        assertThat(counters(scene.othersIdea())).containsEntry("supports", 0).containsEntry("comments", 0);
        assertThat(body(reader.get(scene.hearing().questions()))).doesNotContain("Wer bezahlt den Nachtbus?");
        assertThat(body(reader.get(scene.project().ideas()))).contains("1 Idee").doesNotContain("Nachtbus");
    }

    @Test
    void whoChoosesToKeepTheirContributionsLeavesThemAsFromADeletedAccount() throws Exception {
        Scene scene = scene();

        scene.browser().post("/konto/loeschen", "currentPassword", TestData.PASSWORD, "removeContributions", "false",
                "confirm", "true");

        Browser reader = new Browser(mvc);
        assertThat(body(reader.get(scene.ownIdea()))).contains("Nachtbus", "Gelöschtes Konto")
                .doesNotContain(scene.leaving().username());
        assertThat(body(reader.get(scene.othersIdea()))).contains("Am besten mit Schatten daneben.");
        assertThat(counters(scene.othersIdea())).containsEntry("supports", 1).containsEntry("comments", 1);
        assertThat(body(reader.get(scene.hearing().questions()))).contains("Wer bezahlt den Nachtbus?");
    }

    @Test
    void aPersonCorrectsTheirUserNameAndSeesItAtOnce() throws Exception {
        TestAccount person = data.account();
        Browser browser = Browser.loggedIn(mvc, person);
        String name = TestData.unique("neu");

        assertThat(browser.post("/konto/benutzername", "username", name).getResponse().getRedirectedUrl())
                .isEqualTo("/konto?benutzername-geaendert=");

        assertThat(body(browser.get("/konto?benutzername-geaendert="))).contains("Ihr Benutzername wurde geändert.",
                "Sie sind angemeldet als " + name);
        TestAccount other = data.account();
        assertThat(body(browser.post("/konto/benutzername", "username", other.username())))
                .as("a name in use is refused beside the field").contains("value=\"" + other.username() + "\"")
                .contains("vergeben");
    }
}
