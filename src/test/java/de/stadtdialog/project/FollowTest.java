package de.stadtdialog.project;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.notification.Notification;
import de.stadtdialog.notification.Notifications;
import de.stadtdialog.permission.Requirement;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;
import de.stadtdialog.support.TestData.TestProject;

/** Following projects and organisations, and saved searches: who hears of what, once. */
@IntegrationTest
class FollowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Projects projects;
    @Autowired
    ProjectResults results;
    @Autowired
    Notifications notifications;
    @Autowired
    Mailbox mailbox;

    private List<String> news(TestAccount account) {
        return notifications.latest(account.id(), 20).stream().map(Notification::subject).toList();
    }

    private List<String> keys(TestAccount account) {
        return notifications.latest(account.id(), 20).stream().map(Notification::messageKey).toList();
    }

    @Test
    void followersOfAProjectHearOfANewPhaseAndOfItsResults() throws Exception {
        TestProject project = data.project(data.organisation()).phase("Information", -10, 5).create();
        TestAccount citizen = data.account();
        Browser browser = Browser.loggedIn(mvc, citizen);
        browser.post(project.url() + "/folgen");
        assertThat(body(browser.get(project.url()))).contains("Sie folgen diesem Projekt", "Nicht mehr folgen");

        LocalDate today = LocalDate.now();
        projects.addPhase(project.id(), new PhaseDraft("Werkstatt", null, today.plusDays(6), today.plusDays(20),
                "information", "inform", Requirement.GUEST));
        results.saveTexts(project.id(), "Das kam heraus.", null, null);
        results.publish(project.id());

        assertThat(keys(citizen)).containsExactly("notification.follow.results", "notification.follow.new-phase");
        assertThat(mailbox.latestTo(citizen.email(), "Neue Phase").subject())
                .isEqualTo("Neue Phase im Projekt „" + project.title() + "“");
        assertThat(mailbox.latestTo(citizen.email(), "Ergebnisse veröffentlicht").body())
                .contains("http://localhost" + project.url());
    }

    @Test
    void whoStopsFollowingHearsNothingMore() throws Exception {
        TestProject project = data.project(data.organisation()).phase("Information", -10, 5).create();
        TestAccount citizen = data.account();
        Browser browser = Browser.loggedIn(mvc, citizen);
        browser.post(project.url() + "/folgen");
        browser.post(project.url() + "/folgen", "aktion", "entfolgen");

        results.saveTexts(project.id(), "Das kam heraus.", null, null);
        results.publish(project.id());

        assertThat(news(citizen)).isEmpty();
    }

    @Test
    void aSavedSearchAnnouncesNewProjectsThatMatchItAndOnlyThose() throws Exception {
        String word = TestData.unique("Spielplatz").replace(" ", "");
        TestAccount citizen = data.account();
        Browser browser = Browser.loggedIn(mvc, citizen);
        assertThat(body(browser.get("/projekte?q=" + word))).contains("Suche speichern und benachrichtigt werden");
        browser.post("/projekte/suche-speichern", "q", word);
        assertThat(body(browser.get("/konto/verfolgt"))).contains(word);

        TestProject matching = data.project(data.organisation()).title("Neuer " + word).phase("Ideen", 1, 20).create();
        data.project(data.organisation()).title(TestData.unique("Radweg")).phase("Ideen", 1, 20).create();

        assertThat(news(citizen)).containsExactly(matching.title());
        assertThat(keys(citizen)).containsExactly("notification.follow.new-project");
    }

    @Test
    void followersOfAnOrganisationHearOfItsNewProjectOnceEvenWhenASearchMatchesToo() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount citizen = data.account();
        Browser browser = Browser.loggedIn(mvc, citizen);
        browser.post("/organisationen/" + organisation.slug() + "/folgen");
        String word = TestData.unique("Markthalle").replace(" ", "");
        browser.post("/projekte/suche-speichern", "q", word);

        TestProject project = data.project(organisation).title(word).phase("Ideen", 1, 20).create();

        assertThat(news(citizen)).containsExactly(project.title());
    }

    @Test
    void draftsAndPrivateProjectsAnnounceNothing() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount citizen = data.account();
        Browser.loggedIn(mvc, citizen).post("/organisationen/" + organisation.slug() + "/folgen");

        data.project(organisation).draft().phase("Ideen", 1, 20).create();
        data.project(organisation).privateProject().phase("Ideen", 1, 20).create();

        assertThat(news(citizen)).isEmpty();
    }

    @Test
    void visitorsAreAskedToLogInAndReadingStartsNoSession() throws Exception {
        TestProject project = data.project(data.organisation()).phase("Information", -10, 5).create();
        Browser visitor = new Browser(mvc);

        assertThat(body(visitor.get(project.url()))).contains("Melden Sie sich dafür an.")
                .doesNotContain("/folgen\"");
        assertThat(visitor.hasSession()).isFalse();
    }

    @Test
    void aSavedSearchCanBeDeleted() throws Exception {
        String word = TestData.unique("Brunnen").replace(" ", "");
        TestAccount citizen = data.account();
        Browser browser = Browser.loggedIn(mvc, citizen);
        browser.post("/projekte/suche-speichern", "q", word);
        String page = body(browser.get("/konto/verfolgt"));
        var id = java.util.regex.Pattern.compile("/konto/verfolgt/suchen/(\\d+)/loeschen").matcher(page);
        assertThat(id.find()).isTrue();

        browser.post("/konto/verfolgt/suchen/" + id.group(1) + "/loeschen");

        assertThat(body(browser.get("/konto/verfolgt"))).doesNotContain(word);
    }
}
