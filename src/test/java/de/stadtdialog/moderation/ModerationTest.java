package de.stadtdialog.moderation;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.idea.IdeaFixture;
import de.stadtdialog.idea.Ideas;
import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;
import de.stadtdialog.support.TestData.TestProject;

@IntegrationTest
class ModerationTest {

    private static final String SPAM_RULE = "Keine Werbung und kein Spam";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IdeaFixture ideas;
    @Autowired
    Ideas ideaApi;
    @Autowired
    Organisations organisations;
    @Autowired
    de.stadtdialog.question.Questions questions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void threeReportsHideAnIdeaEverywhereUntilAModeratorRestoresIt() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Parkbank am Weiher");
        Browser moderator = moderatorOf(project);
        Browser first = Browser.loggedIn(mvc, data.account());

        report(first, "idea", idea, "beleidigung");
        assertThat(body(report(first, "idea", idea, "spam"))).as("a second report of the same person counts once")
                .contains("bereits gemeldet");
        report(Browser.loggedIn(mvc, data.account()), "idea", idea, "beleidigung");
        assertThat(body(new Browser(mvc).get(project.ideas()))).as("two people are not enough")
                .contains("Parkbank am Weiher");

        Browser visitor = new Browser(mvc);
        assertThat(body(visitor.get("/melden?art=idea&id=" + idea))).contains("Inhalt melden", "Parkbank am Weiher");
        assertThat(visitor.hasSession()).as("the report form starts a session for the visitor").isTrue();
        var withoutReason = visitor.post("/melden", "art", "idea", "id", String.valueOf(idea), "grund", "");
        assertThat(withoutReason.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(withoutReason)).contains("Bitte wählen Sie einen Grund.");
        assertThat(visitor.get("/melden?art=umfrage&id=" + idea).getResponse().getStatus()).isEqualTo(404);
        assertThat(body(visitor.post("/melden", "art", "idea", "id", String.valueOf(idea), "grund", "beleidigung",
                "text", "Beleidigt die Anwohner"))).contains("Danke für Ihre Meldung");

        assertThat(body(new Browser(mvc).get(project.ideas()))).doesNotContain("Parkbank am Weiher");
        assertThat(body(new Browser(mvc).get(project.ideas() + "/karte.geojson?bbox=7.7,49.4,7.8,49.5&zoom=15")))
                .doesNotContain("Parkbank am Weiher");
        assertThat(new Browser(mvc).get(project.ideas() + "/" + idea).getResponse().getStatus()).isEqualTo(404);

        String queue = body(moderator.get("/verwaltung/moderation"));
        assertThat(queue).contains("Parkbank am Weiher", "Beleidigung oder Herabsetzung: 3", "Ausgeblendet");
        assertThat(body(moderator.get("/verwaltung/moderation/eintrag/idea/" + idea)))
                .contains("Beleidigt die Anwohner");

        moderator.post("/verwaltung/moderation/aktion", "eintraege", "idea:" + idea, "aktion", "wiederherstellen");

        assertThat(body(new Browser(mvc).get(project.ideas()))).contains("Parkbank am Weiher");
        assertThat(body(new Browser(mvc).get(project.ideas() + "/karte.geojson?bbox=7.7,49.4,7.8,49.5&zoom=15")))
                .contains("Parkbank am Weiher");
        assertThat(body(moderator.get("/verwaltung/moderation"))).as("the decision closed the reports")
                .doesNotContain("Parkbank am Weiher");
        assertThat(body(new Browser(mvc).get(project.url()))).contains("href=\"" + project.url() + "/moderation\"");
        assertThat(body(new Browser(mvc).get(project.url() + "/moderation")))
                .contains("Nach mehreren Meldungen vorläufig ausgeblendet", "Wiederhergestellt")
                .doesNotContain("Parkbank am Weiher");
    }

    @Test
    void hidingSeveralCommentsTellsEachAuthorTheRuleAndLeavesAPlaceholderWithoutTheText() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Mehr Bäume");
        TestAccount spammer = data.account();
        TestAccount other = data.account();
        long first = ideaApi.comment(idea, null, spammer.id(), "Kaufen Sie billige Uhren bei uns");
        long second = ideaApi.comment(idea, null, other.id(), "Besuchen Sie unseren Shop");
        Browser moderator = moderatorOf(project);

        String refused = moderator.post("/verwaltung/moderation/aktion", "eintraege", "idea-comment:" + first,
                "aktion", "ausblenden").getResponse().getRedirectedUrl();
        assertThat(body(moderator.get(refused))).contains("Bitte wählen Sie die Regel");

        moderator.post("/verwaltung/moderation/aktion", "eintraege", "idea-comment:" + first, "eintraege",
                "idea-comment:" + second, "aktion", "ausblenden", "regel", String.valueOf(rule(SPAM_RULE)));

        String page = body(new Browser(mvc).get(project.ideas() + "/" + idea));
        assertThat(page).contains("Von der Moderation ausgeblendet. Grund: " + SPAM_RULE)
                .doesNotContain("billige Uhren", "unseren Shop");
        for (TestAccount author : new TestAccount[] { spammer, other }) {
            assertThat(body(Browser.loggedIn(mvc, author).get("/benachrichtigungen")))
                    .contains("Die Moderation hat einen Ihrer Beiträge ausgeblendet", "„" + SPAM_RULE + "“");
        }
        assertThat(body(new Browser(mvc).get(project.url() + "/moderation"))).contains("Ausgeblendet", SPAM_RULE,
                "Kommentar zu einer Idee").doesNotContain("billige Uhren");
    }

    @Test
    void aModeratorHighlightsACommentAsTheCitysAndWritesRemarksOnlyModeratorsSee() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Radweg");
        long comment = ideaApi.comment(idea, null, data.account().id(), "Die Planung beginnt im Herbst.");
        Browser moderator = moderatorOf(project);
        String item = "/verwaltung/moderation/eintrag/idea-comment/" + comment;
        assertThat(body(new Browser(mvc).get(project.ideas() + "/" + idea))).doesNotContain("Beitrag der Stadt");

        moderator.post(item + "/hervorheben", "an", "true");
        moderator.post(item + "/notiz", "notiz", "Mit dem Tiefbauamt abgestimmt");

        assertThat(body(new Browser(mvc).get(project.ideas() + "/" + idea))).contains("Beitrag der Stadt")
                .doesNotContain("Tiefbauamt");
        assertThat(body(moderator.get(item))).contains("Mit dem Tiefbauamt abgestimmt", "Hervorhebung entfernen");
    }

    @Test
    void aQuestionHiddenOnTheFormatsOwnPageAppearsInThePublicLogAndTheAuditLog() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestProject project = data.project(organisation).questionPhase("Fragen", "collect", -1, 10,
                de.stadtdialog.permission.Requirement.ACCOUNT).create();
        long question = questions.ask(project.phaseIds().get(0), data.account().id(), "Warum so teuer, ihr Idioten?",
                null);
        Browser moderator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.MODERATOR));

        moderator.post("/verwaltung/phasen/" + project.phaseIds().get(0) + "/fragen/" + question + "/ausblenden",
                "reason", "Beleidigung");

        assertThat(body(new Browser(mvc).get(project.url() + "/moderation"))).contains("Frage", "Beleidigung")
                .doesNotContain("Idioten");
        assertThat(body(Browser.loggedIn(mvc, data.admin()).get("/verwaltung/protokoll?typ=question")))
                .contains("moderation.hide", "Beleidigung");
    }

    @Test
    void aPendingIdeaIsReleasedFromTheQueue() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Wartende Idee");
        jdbc.sql("update idea set visibility = 'PENDING' where id = ?").param(idea).update();
        Browser moderator = moderatorOf(project);

        assertThat(body(moderator.get("/verwaltung/moderation"))).contains("Wartende Idee", "Wartet auf Freigabe");
        moderator.post("/verwaltung/moderation/aktion", "eintraege", "idea:" + idea, "aktion", "freigeben");

        assertThat(body(new Browser(mvc).get(project.ideas()))).contains("Wartende Idee");
    }

    @Test
    void aBlockedPersonIsRefusedWithTheReasonUntilTheBlockEnds() throws Exception {
        TestProject project = ideas.collecting();
        TestAccount author = data.account();
        long idea = ideas.idea(project, author, "Laute Idee");
        Browser moderator = moderatorOf(project);
        Browser blocked = Browser.loggedIn(mvc, author);

        moderator.post("/verwaltung/moderation/eintrag/idea/" + idea + "/sperren", "tage", "7", "begruendung",
                "Wiederholte Beleidigungen");

        var refused = blocked.post(project.ideas() + "/" + idea + "/kommentare", "body", "Noch ein Kommentar");
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(refused)).contains("Ihr Konto ist bis", "gesperrt: Wiederholte Beleidigungen");
        assertThat(body(blocked.get(project.ideas() + "/" + idea))).contains("gesperrt: Wiederholte Beleidigungen");
        assertThat(body(blocked.get("/konto"))).contains("gesperrt: Wiederholte Beleidigungen");
        assertThat(body(blocked.get("/benachrichtigungen"))).contains("Ihr Konto wurde von der Moderation gesperrt");

        jdbc.sql("update account_block set blocked_until = ? where account_id = ?")
                .params(Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), author.id()).update();

        assertThat(blocked.post(project.ideas() + "/" + idea + "/kommentare", "body", "Wieder dabei").getResponse()
                .getStatus()).isEqualTo(302);
        assertThat(body(new Browser(mvc).get(project.ideas() + "/" + idea))).contains("Wieder dabei");
        assertThat(body(blocked.get("/konto"))).doesNotContain("gesperrt");
    }

    @Test
    void aModeratorOfAnotherOrganisationCanNeitherSeeNorActOnTheItems() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Fremde Idee");
        report(Browser.loggedIn(mvc, data.account()), "idea", idea, "spam");
        TestOrganisation other = data.organisation();
        Browser stranger = Browser.loggedIn(mvc, data.member(other, OrgRole.MODERATOR));

        assertThat(body(stranger.get("/verwaltung/moderation"))).doesNotContain("Fremde Idee");
        assertThat(stranger.get("/verwaltung/moderation?organisation=" + organisationOf(project)).getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(stranger.get("/verwaltung/moderation/eintrag/idea/" + idea).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(stranger.post("/verwaltung/moderation/aktion", "eintraege", "idea:" + idea, "aktion",
                "ausblenden", "regel", String.valueOf(rule(SPAM_RULE))).getResponse().getStatus()).isEqualTo(404);
        assertThat(body(new Browser(mvc).get(project.ideas()))).contains("Fremde Idee");
        assertThat(Browser.loggedIn(mvc, data.account()).get("/verwaltung/moderation").getResponse().getStatus())
                .as("a citizen has no queue").isEqualTo(403);
    }

    @Test
    void theAuditLogKeepsBeforeAndAfterOfAProjectEditForAdministratorsOnly() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount initiatorAccount = data.member(organisation, OrgRole.INITIATOR);
        Browser initiator = Browser.loggedIn(mvc, initiatorAccount);
        TestProject project = data.project(organisation).title(TestData.unique("Alter Titel ")).phase("Info", 0, 10)
                .create();
        String newTitle = TestData.unique("Neuer Titel ");

        initiator.post("/verwaltung/projekte/" + project.id(), "organisationId", String.valueOf(organisation.id()),
                "title", newTitle, "slug", project.slug(), "teaser", "Kurz gesagt.", "visibility", "PUBLIC",
                "conceptGoal", "Den Platz gemeinsam planen.", "conceptAudience", "Anwohner*innen",
                "conceptOpenToInfluence", "Bänke.", "conceptFixed", "Der Standort.",
                "conceptFormatsAndTimeline", "Online im Mai.", "conceptUseOfResults", "Der Bauausschuss entscheidet.");

        Browser admin = Browser.loggedIn(mvc, data.admin());
        String log = body(admin.get("/verwaltung/protokoll?person=" + initiatorAccount.username() + "&typ=project"));
        assertThat(log).contains("project.edit", initiatorAccount.username(), project.title(), newTitle);
        assertThat(body(admin.get("/verwaltung/protokoll?typ=organisation&person=" + initiatorAccount.username())))
                .doesNotContain("project.edit");
        assertThat(initiator.get("/verwaltung/protokoll").getResponse().getStatus()).isEqualTo(403);
    }

    private org.springframework.test.web.servlet.MvcResult report(Browser browser, String kind, long id, String category) throws Exception {
        browser.get("/melden?art=" + kind + "&id=" + id);
        return browser.post("/melden", "art", kind, "id", String.valueOf(id), "grund", category);
    }

    private Browser moderatorOf(TestProject project) throws Exception {
        TestAccount account = data.account();
        organisations.addMember(organisationOf(project), account.id(), OrgRole.MODERATOR);
        return Browser.loggedIn(mvc, account);
    }

    private long organisationOf(TestProject project) {
        return jdbc.sql("select organisation_id from project where id = ?").param(project.id()).query(Long.class)
                .single();
    }

    private long rule(String title) {
        return jdbc.sql("select id from moderation_rule where title = ? and organisation_id is null").param(title)
                .query(Long.class).single();
    }
}
