package de.stadtdialog.plan;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.notification.Notification;
import de.stadtdialog.notification.Notifications;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;

/** Anregung von Beteiligung; the test profile sets the threshold to 3 supporters. */
@IntegrationTest
class PlanRequestTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Plans plans;
    @Autowired
    Notifications notifications;
    @Autowired
    Mailbox mailbox;

    private TestOrganisation organisation;
    private TestAccount initiator;

    private long plan() {
        organisation = data.organisation();
        initiator = data.member(organisation, OrgRole.INITIATOR);
        return plans.create(new PlanDraft(organisation.id(), TestData.unique("Marktplatz "), "Ein neuer Marktplatz",
                null, null, null, PlanStatus.PREPARATION, null, null, false, "Pflichtaufgabe", false, null, null,
                null, null, null, List.of(), List.of(), List.of()), initiator.id());
    }

    private static long requestId(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/anregung/(\\d+)/").matcher(page);
        assertThat(m.find()).as("a support or withdraw button").isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aCitizenRequestsParticipationAndAnotherCoSigns() throws Exception {
        long id = plan();
        assertThat(body(new Browser(mvc).get("/vorhaben/" + id))).contains("Um eine Beteiligung anzuregen");
        Browser requester = Browser.loggedIn(mvc, data.account());
        requester.post("/vorhaben/" + id + "/anregung", "justification", "Der Markt betrifft alle Anwohnenden.");

        Browser other = Browser.loggedIn(mvc, data.account());
        String page = body(other.get("/vorhaben/" + id));
        assertThat(page).contains("Der Markt betrifft alle Anwohnenden.", "Unterstützungen: 1 von 3 nötigen",
                "Noch 2 Unterstützungen bis zum", "Anregung unterstützen").doesNotContain("Beteiligung anregen</button>");
        other.post("/vorhaben/" + id + "/anregung/" + requestId(page) + "/unterstuetzen");

        assertThat(body(other.get("/vorhaben/" + id))).contains("Unterstützungen: 2 von 3 nötigen",
                "Sie unterstützen diese Anregung.", "Unterstützung zurücknehmen");
    }

    @Test
    void citizenCannotCoSignTwiceAndCanWithdraw() throws Exception {
        long id = plan();
        TestAccount author = data.account();
        plans.requestParticipation(id, author.id(), "Bitte beteiligen.");
        TestAccount supporter = data.account();
        Browser browser = Browser.loggedIn(mvc, supporter);
        long request = requestId(body(browser.get("/vorhaben/" + id)));

        browser.post("/vorhaben/" + id + "/anregung/" + request + "/unterstuetzen");
        browser.post("/vorhaben/" + id + "/anregung/" + request + "/unterstuetzen");
        assertThat(plans.supportRequest(id, supporter.id())).isFalse();
        assertThat(body(browser.get("/vorhaben/" + id))).contains("Unterstützungen: 2 von 3 nötigen");

        browser.post("/vorhaben/" + id + "/anregung/" + request + "/zuruecknehmen");
        assertThat(body(browser.get("/vorhaben/" + id))).contains("Unterstützungen: 1 von 3 nötigen",
                "Anregung unterstützen");
    }

    @Test
    void aSecondRequestWhileOneIsCollectingIsNotOpened() {
        long id = plan();
        assertThat(plans.requestParticipation(id, data.account().id(), "Erste")).isPresent();
        assertThat(plans.requestParticipation(id, data.account().id(), "Zweite")).isEmpty();
    }

    @Test
    void anEmptyJustificationIsRefusedNextToTheField() throws Exception {
        long id = plan();
        String page = body(Browser.loggedIn(mvc, data.account()).post("/vorhaben/" + id + "/anregung",
                "justification", "  "));
        assertThat(page).contains("id=\"justification-error\"", "Bitte begründen Sie Ihre Anregung.");
    }

    @Test
    void reachingTheThresholdNotifiesTheCoordinationOfficeOnce() throws Exception {
        TestAccount admin = data.admin();
        long id = plan();
        plans.requestParticipation(id, data.account().id(), "Wichtig für alle.");
        plans.supportRequest(id, data.account().id());
        assertThat(dueNotifications(admin, id)).isEmpty();

        plans.supportRequest(id, data.account().id());
        plans.supportRequest(id, data.account().id());

        assertThat(dueNotifications(admin, id)).hasSize(1);
        assertThat(mailbox.latestTo(admin.email(), "muss beantwortet werden").body()).contains("Wichtig für alle.",
                "http://localhost/vorhaben/" + id);
        assertThat(body(new Browser(mvc).get("/vorhaben/" + id))).contains("Die Stadt muss antworten",
                "Unterstützungen: 4 von 3 nötigen");
    }

    @Test
    void concurrentCoSignsAtTheThresholdNotifyOnce() throws Exception {
        TestAccount admin = data.admin();
        long id = plan();
        plans.requestParticipation(id, data.account().id(), "Gleichzeitig.");
        plans.supportRequest(id, data.account().id());
        List<Long> last = List.of(data.account().id(), data.account().id(), data.account().id(), data.account().id());

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(last.size());
        try {
            for (java.util.concurrent.Future<Boolean> done : pool.invokeAll(last.stream()
                    .map(account -> (java.util.concurrent.Callable<Boolean>) () -> plans.supportRequest(id, account))
                    .toList())) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(dueNotifications(admin, id)).hasSize(1);
    }

    @Test
    void aRefusalNeedsAJustification() throws Exception {
        long id = plan();
        plans.requestParticipation(id, data.account().id(), "Bitte beteiligen.");
        Browser city = Browser.loggedIn(mvc, initiator);

        String page = body(city.post("/verwaltung/vorhaben/" + id + "/anregung", "accepted", "false", "answer", ""));

        assertThat(page).contains("id=\"answer-error\"", "Bitte begründen Sie die Ablehnung.");
        assertThat(body(new Browser(mvc).get("/vorhaben/" + id))).contains("Sammelt Unterstützungen")
                .doesNotContain("Antwort der Stadt");
    }

    @Test
    void theAnswerIsShownAndReachesEverySupporter() throws Exception {
        long id = plan();
        TestAccount author = data.account();
        TestAccount supporter = data.account();
        plans.requestParticipation(id, author.id(), "Bitte beteiligen.");
        plans.supportRequest(id, supporter.id());
        Browser city = Browser.loggedIn(mvc, initiator);
        assertThat(body(city.get("/verwaltung/vorhaben/" + id))).contains("/verwaltung/vorhaben/" + id + "/anregung");

        city.post("/verwaltung/vorhaben/" + id + "/anregung", "accepted", "false", "answer",
                "Der Standort ist durch Ratsbeschluss festgelegt.");

        assertThat(body(new Browser(mvc).get("/vorhaben/" + id))).contains("Abgelehnt",
                "Die Stadt lehnt die Anregung ab. Begründung:", "Der Standort ist durch Ratsbeschluss festgelegt.");
        for (TestAccount person : List.of(author, supporter)) {
            assertThat(notifications.latest(person.id(), 5)).extracting(Notification::messageKey)
                    .containsExactly("notification.plan.request.refused");
            assertThat(mailbox.latestTo(person.email(), "Antwort der Stadt").body())
                    .contains("Der Standort ist durch Ratsbeschluss festgelegt.");
        }
    }

    @Test
    void citizensCannotAnswer() throws Exception {
        long id = plan();
        TestAccount author = data.account();
        plans.requestParticipation(id, author.id(), "Bitte beteiligen.");
        Browser citizen = Browser.loggedIn(mvc, author);

        assertThat(citizen.get("/verwaltung/vorhaben/" + id + "/anregung").getResponse().getStatus()).isEqualTo(403);
        assertThat(citizen.post("/verwaltung/vorhaben/" + id + "/anregung", "accepted", "true", "answer", "Ja")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(body(new Browser(mvc).get("/vorhaben/" + id))).doesNotContain("Antwort der Stadt");
    }

    /** Administrators made by other tests are notified too; only this entry's notifications count. */
    private List<Notification> dueNotifications(TestAccount admin, long planId) {
        return notifications.latest(admin.id(), 1000).stream()
                .filter(n -> n.messageKey().equals("notification.plan.request.due"))
                .filter(n -> n.link().equals("/vorhaben/" + planId + "#anregung")).toList();
    }
}
