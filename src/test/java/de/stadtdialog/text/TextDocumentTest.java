package de.stadtdialog.text;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.notification.Notifications;
import de.stadtdialog.participation.FormatRegistry;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;
import de.stadtdialog.support.TestData.TestProject;

@IntegrationTest
class TextDocumentTest {

    private static final String FIRST = """
            ## Grundsätze
            Beteiligung ist frühzeitig, offen und verständlich.

            Die Stadt informiert über alle Vorhaben in einer Vorhabenliste.

            ## Verfahren
            Jede Beteiligung beginnt mit einem Beteiligungskonzept.
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Documents documents;
    @Autowired
    Notifications notifications;
    @Autowired
    FormatRegistry formats;
    @Autowired
    JdbcClient jdbc;

    private TestOrganisation organisation;
    private TestAccount initiator;

    private TestProject project(String kind) {
        organisation = data.organisation();
        initiator = data.member(organisation, OrgRole.INITIATOR);
        return data.project(organisation).textPhase("Entwurf kommentieren", kind, -1, 20).create();
    }

    private String text(TestProject project) {
        return "/projekte/" + project.slug() + "/text";
    }

    private long commentId(String redirect) {
        return Long.parseLong(redirect.substring(redirect.indexOf("#kommentar-") + "#kommentar-".length()));
    }

    @Test
    void paragraphNumbersStayStableWhenParagraphsAreEditedInsertedAndRemoved() throws Exception {
        TestProject project = project("comment");
        long phase = project.phaseIds().get(0);
        documents.publish(phase, FIRST, null, initiator.id(), List.of());
        documents.publish(phase, """
                ## Grundsätze
                Neu: Beteiligung richtet sich an alle Menschen in der Stadt.

                Beteiligung ist frühzeitig, offen, barrierefrei und verständlich.

                ## Verfahren
                Jede Beteiligung beginnt mit einem Beteiligungskonzept.
                """, "Barrierefreiheit ergänzt", initiator.id(), List.of());

        String page = body(new Browser(mvc).get(text(project)));
        assertThat(page).contains("Absatz 1.1", "barrierefrei und verständlich", "Absatz 1.3",
                "Neu: Beteiligung richtet sich", "Absatz 2.1");
        assertThat(page.indexOf("Absatz 1.3")).isLessThan(page.indexOf("Absatz 1.1"));
        assertThat(page).doesNotContain("Absatz 1.2");
        String changes = body(new Browser(mvc).get(text(project) + "/aenderungen?von=1&zu=2"));
        assertThat(changes).contains("Absatz 1.2", "entfernt", "Absatz 1.3", "neu", "Absatz 1.1", "geändert")
                .doesNotContain("Absatz 2.1");
    }

    @Test
    void theComparisonMarksInsertedAndDeletedWordsForScreenReaders() throws Exception {
        TestProject project = project("comment");
        long phase = project.phaseIds().get(0);
        documents.publish(phase, FIRST, null, initiator.id(), List.of());
        documents.publish(phase, FIRST.replace("frühzeitig, offen", "frühzeitig, fair"), null, initiator.id(),
                List.of());

        String changes = body(new Browser(mvc).get(text(project) + "/aenderungen?von=1&zu=2"));
        assertThat(changes).contains("<del><span class=\"visually-hidden\">gelöscht: </span>offen",
                "<ins><span class=\"visually-hidden\">eingefügt: </span>fair", "Beteiligung ist frühzeitig,");
    }

    @Test
    void paragraphsShowTheirCommentCountAndTheMostDiscussedComeFirst() throws Exception {
        TestProject project = project("comment");
        long phase = project.phaseIds().get(0);
        documents.publish(phase, FIRST, null, initiator.id(), List.of());
        documents.comment(phase, "2.1", data.account().id(), "Wer schreibt das Konzept?", null);
        documents.comment(phase, "2.1", data.account().id(), "Und wer prüft es?", null);
        documents.comment(phase, "1.2", data.account().id(), "Bitte auch online.", null);

        String inOrder = body(new Browser(mvc).get(text(project)));
        assertThat(inOrder).contains("2 Kommentare", "1 Kommentar", "Noch keine Kommentare");
        assertThat(inOrder.indexOf("Absatz 1.1")).isLessThan(inOrder.indexOf("Absatz 2.1"));
        String discussed = body(new Browser(mvc).get(text(project) + "?sortierung=diskutiert"));
        assertThat(discussed.indexOf("id=\"absatz-2.1\"")).isLessThan(discussed.indexOf("id=\"absatz-1.2\""));
        assertThat(discussed.indexOf("id=\"absatz-1.2\"")).isLessThan(discussed.indexOf("id=\"absatz-1.1\""));
    }

    @Test
    void aCitizenCommentsAnotherRepliesAndRatesOnlyOnce() throws Exception {
        TestProject project = project("comment");
        long phase = project.phaseIds().get(0);
        documents.publish(phase, FIRST, null, initiator.id(), List.of());
        TestAccount anna = data.account();
        Browser annasBrowser = Browser.loggedIn(mvc, anna);
        String url = text(project) + "/absatz/1.1";

        long first = commentId(annasBrowser.post(url + "/kommentare", "body", "Was heißt frühzeitig?")
                .getResponse().getRedirectedUrl());
        Browser ben = Browser.loggedIn(mvc, data.account());
        ben.post(url + "/kommentare", "body", "Vor jeder Entscheidung.", "parentId", String.valueOf(first));
        ben.post(url + "/kommentare/" + first + "/bewertung", "wert", "1");
        ben.post(url + "/kommentare/" + first + "/bewertung", "wert", "1");

        String page = body(ben.get(url));
        assertThat(page).contains("Was heißt frühzeitig?", "Vor jeder Entscheidung.", "1 Zustimmung, 0 Ablehnung",
                "comment--depth-1");
        assertThat(notifications.latest(anna.id(), 5)).anySatisfy(n -> assertThat(n.link()).contains("/absatz/1.1"));
    }

    @Test
    void anEmptyCommentIsRefusedNextToTheField() throws Exception {
        TestProject project = project("comment");
        documents.publish(project.phaseIds().get(0), FIRST, null, initiator.id(), List.of());
        String page = body(Browser.loggedIn(mvc, data.account()).post(text(project) + "/absatz/1.1/kommentare",
                "body", " "));
        assertThat(page).contains("id=\"body-error\"", "Bitte schreiben Sie einen Kommentar.");
    }

    @Test
    void aModeratorHidesACommentWithAReasonEveryoneCanRead() throws Exception {
        TestProject project = project("comment");
        long phase = project.phaseIds().get(0);
        documents.publish(phase, FIRST, null, initiator.id(), List.of());
        long comment = documents.comment(phase, "1.1", data.account().id(), "Beleidigender Unsinn", null);
        Browser moderator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.MODERATOR));

        String refused = body(moderator.post("/verwaltung/phasen/" + phase + "/text/kommentare/" + comment
                + "/ausblenden", "reason", ""));
        assertThat(refused).contains("Bitte nennen Sie einen Grund");
        moderator.post("/verwaltung/phasen/" + phase + "/text/kommentare/" + comment + "/ausblenden", "reason",
                "Verstößt gegen die Netiquette.");

        String page = body(new Browser(mvc).get(text(project) + "/absatz/1.1"));
        assertThat(page).contains("ausgeblendet. Grund: Verstößt gegen die Netiquette.")
                .doesNotContain("Beleidigender Unsinn");
        assertThat(Browser.loggedIn(mvc, data.account()).post("/verwaltung/phasen/" + phase + "/text/kommentare/"
                + comment + "/ausblenden", "reason", "x").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aClosedPhaseRefusesCommentsWithAReasonAndVisitorsMustSignIn() throws Exception {
        TestProject closed = project("closed");
        documents.publish(closed.phaseIds().get(0), FIRST, null, initiator.id(), List.of());
        var refused = Browser.loggedIn(mvc, data.account()).post(text(closed) + "/absatz/1.1/kommentare", "body",
                "Noch ein Gedanke");
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(new Browser(mvc).get(text(closed) + "/absatz/1.1"))).doesNotContain("Kommentar senden");

        TestProject open = project("comment");
        documents.publish(open.phaseIds().get(0), FIRST, null, initiator.id(), List.of());
        assertThat(new Browser(mvc).post(text(open) + "/absatz/1.1/kommentare", "body", "Anonym")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from text_comment where phase_id in (?, ?)")
                .params(closed.phaseIds().get(0), open.phaseIds().get(0)).query(Long.class).single()).isZero();
    }

    @Test
    void theComparisonShowsTheCommentsThatLedToAChangeAndTheReportListsTheComments() throws Exception {
        TestProject project = project("comment");
        long phase = project.phaseIds().get(0);
        documents.publish(phase, FIRST, null, initiator.id(), List.of());
        long reason = documents.comment(phase, "1.2", data.account().id(), "Bitte auch gedruckt im Bürgercenter.",
                null);
        documents.comment(phase, "2.1", data.account().id(), "Gut so.", null);
        documents.publish(phase, FIRST.replace("in einer Vorhabenliste.", "in einer Vorhabenliste, online und gedruckt."),
                null, initiator.id(), List.of(reason));

        String changes = body(new Browser(mvc).get(text(project) + "/aenderungen"));
        assertThat(changes).contains("Kommentare, die zu dieser Änderung führten",
                "Bitte auch gedruckt im Bürgercenter.").doesNotContain("Gut so.");

        var report = formats.get("text").report(phase, Locale.GERMAN);
        assertThat(report.contributions()).extracting(c -> c.title())
                .containsExactly("Zu Absatz 1.2: Bitte auch gedruckt im Bürgercenter.", "Zu Absatz 2.1: Gut so.");
        assertThat(report.contributions().get(0).answered()).isTrue();
        assertThat(report.contributions().get(0).status()).isEqualTo("Führte zur Änderung in Version 2");
        assertThat(report.figures()).extracting(f -> f.value()).containsExactly(3L, 2L, 2L);
    }

    @Test
    void theInitiatorPreviewsTheNumberingAndPublishesANewVersion() throws Exception {
        TestProject project = project("comment");
        long phase = project.phaseIds().get(0);
        documents.publish(phase, FIRST, null, initiator.id(), List.of());
        Browser browser = Browser.loggedIn(mvc, initiator);
        String admin = "/verwaltung/phasen/" + phase + "/text";

        browser.post(admin + "/entwurf", "bodyMd", "Text ohne Kapitel");
        assertThat(body(browser.get(admin))).contains("muss mit einer Kapitelüberschrift beginnen");
        assertThat(body(browser.post(admin + "/veroeffentlichen"))).contains("id=\"changeNote-error\"");

        browser.post(admin + "/entwurf", "bodyMd", FIRST + "\nJedes Konzept wird veröffentlicht.\n");
        assertThat(body(browser.get(admin))).contains("2.2", "neu", "unverändert");
        browser.post(admin + "/veroeffentlichen", "changeNote", "Veröffentlichung ergänzt");

        assertThat(body(new Browser(mvc).get(text(project)))).contains("Version 2", "Veröffentlichung ergänzt",
                "Absatz 2.2", "Jedes Konzept wird veröffentlicht.");
    }
}
