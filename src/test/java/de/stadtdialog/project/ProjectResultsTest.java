package de.stadtdialog.project;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.idea.Ideas;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;
import de.stadtdialog.support.TestData.TestProject;
import de.stadtdialog.survey.QuestionType;
import de.stadtdialog.survey.Surveys;

/** Rechenschaft: the results section of a project, as initiators write it and citizens read it. */
@IntegrationTest
class ProjectResultsTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Ideas ideas;
    @Autowired
    Surveys surveys;
    @Autowired
    ProjectResults results;

    private TestAccount initiator;

    /** A project whose idea phase ended two months ago, with two ideas: one answered, one not yet. */
    private TestProject endedProject() {
        TestOrganisation organisation = data.organisation();
        initiator = data.member(organisation, OrgRole.INITIATOR);
        TestProject project = data.project(organisation).title(TestData.unique("Marktplatz "))
                .ideaPhase("Ideen sammeln", "collect", -90, -60).create();
        ideas.setUp(project.id(), List.of(new Ideas.NewCategory("Grün", "#1b6e3a", "baum"),
                new Ideas.NewCategory("Verkehr", "#0b5394", "bus")), List.of());
        long trees = ideas.add(project.id(), data.account().id(), "Mehr Bäume am Markt", "Schatten bitte.", "Grün",
                49.4443, 7.7694, "Marktplatz");
        ideas.support(trees, data.account().id());
        ideas.support(trees, data.account().id());
        ideas.answer(trees, "Angenommen", "Wir pflanzen **zwölf Bäume** im Herbst.");
        ideas.add(project.id(), data.account().id(), "Busspur auf der Marktstraße", "Schneller durch.", "Verkehr",
                null, null, null);
        return project;
    }

    private String publishAs(Browser browser, TestProject project) throws Exception {
        return body(browser.post("/verwaltung/projekte/" + project.id() + "/ergebnisse", "summaryMd",
                "Über 300 Menschen haben mitgemacht.", "adoptedMd", "Der Markt bekommt Bäume, weil es viele wollten.",
                "rejectedMd", "Eine Busspur passt nicht, die Straße ist zu schmal.", "aktion", "veroeffentlichen"));
    }

    @Test
    void citizensReadWhatCameOutAndTheAnswerToEveryContribution() throws Exception {
        TestProject project = endedProject();
        publishAs(Browser.loggedIn(mvc, initiator), project);

        String page = body(new Browser(mvc).get(project.url() + "/ergebnisse"));
        assertThat(page).contains("Über 300 Menschen haben mitgemacht.", "Der Markt bekommt Bäume",
                "Eine Busspur passt nicht", "Mehr Bäume am Markt", "<strong>zwölf Bäume</strong>", "Angenommen",
                "Busspur auf der Marktstraße", "Eingegangen", "2 Beiträge, davon 1 mit Rückmeldung der Stadt",
                "Ergebnisbericht als PDF");
        assertThat(body(new Browser(mvc).get(project.url()))).contains("Über 300 Menschen haben mitgemacht.",
                "Alle Ergebnisse, Rückmeldungen und den Ergebnisbericht ansehen");
    }

    @Test
    void contributionsCanBeFilteredByStatusCategoryAndWords() throws Exception {
        TestProject project = endedProject();
        Browser visitor = new Browser(mvc);

        assertThat(body(visitor.get(project.url() + "/ergebnisse?status=Angenommen")))
                .contains("Mehr Bäume am Markt", "1 Beitrag gefunden").doesNotContain("Busspur auf der Marktstraße");
        assertThat(body(visitor.get(project.url() + "/ergebnisse?status=Eingegangen")))
                .contains("Busspur auf der Marktstraße").doesNotContain("Mehr Bäume am Markt</a>");
        assertThat(body(visitor.get(project.url() + "/ergebnisse?kategorie=Verkehr")))
                .contains("Busspur auf der Marktstraße").doesNotContain("Mehr Bäume am Markt</a>");
        assertThat(body(visitor.get(project.url() + "/ergebnisse?suche=Herbst")))
                .contains("Mehr Bäume am Markt").doesNotContain("Busspur auf der Marktstraße");
    }

    @Test
    void resultsStayPrivateUntilPublished() throws Exception {
        TestProject project = endedProject();
        Browser author = Browser.loggedIn(mvc, initiator);
        author.post("/verwaltung/projekte/" + project.id() + "/ergebnisse", "summaryMd", "Entwurf der Auswertung",
                "aktion", "speichern");

        Browser visitor = new Browser(mvc);
        assertThat(body(visitor.get(project.url() + "/ergebnisse"))).doesNotContain("Entwurf der Auswertung")
                .contains("Die Stadt wertet die Beiträge aus");
        assertThat(visitor.get(project.url() + "/bericht").getResponse().getStatus()).isEqualTo(404);
        assertThat(visitor.get(project.url() + "/bericht.pdf").getResponse().getStatus()).isEqualTo(404);
        assertThat(body(author.get(project.url() + "/ergebnisse"))).contains("Entwurf der Auswertung",
                "Vorschau: Die Ergebnisse sind noch nicht veröffentlicht.");
    }

    @Test
    void publishingWithoutSummaryIsRefusedNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
        TestProject project = endedProject();
        String page = body(Browser.loggedIn(mvc, initiator).post("/verwaltung/projekte/" + project.id()
                + "/ergebnisse", "summaryMd", " ", "adoptedMd", "Bäume kommen.", "aktion", "veroeffentlichen"));

        assertThat(page).contains("id=\"summaryMd-error\"", "Bitte fassen Sie zusammen, was herausgekommen ist",
                "Bäume kommen.");
        assertThat(results.of(project.id()).published()).isFalse();
        assertThat(results.of(project.id()).adoptedMd()).isEqualTo("Bäume kommen.");
    }

    @Test
    void publishedResultsCannotLoseTheirSummary() throws Exception {
        TestProject project = endedProject();
        Browser author = Browser.loggedIn(mvc, initiator);
        publishAs(author, project);

        String page = body(author.post("/verwaltung/projekte/" + project.id() + "/ergebnisse", "summaryMd", "",
                "adoptedMd", "Nur noch das.", "aktion", "speichern"));

        assertThat(page).contains("id=\"summaryMd-error\"", "Veröffentlichte Ergebnisse brauchen eine Zusammenfassung",
                "Nur noch das.");
        assertThat(results.of(project.id()).summaryMd()).isEqualTo("Über 300 Menschen haben mitgemacht.");
        assertThat(results.of(project.id()).adoptedMd()).isEqualTo("Der Markt bekommt Bäume, weil es viele wollten.");
        assertThat(results.of(project.id()).published()).isTrue();
    }

    @Test
    void citizenCannotWriteResults() throws Exception {
        TestProject project = endedProject();
        var response = Browser.loggedIn(mvc, data.account()).post("/verwaltung/projekte/" + project.id()
                + "/ergebnisse", "summaryMd", "Gefälscht", "aktion", "veroeffentlichen").getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(results.of(project.id()).summaryMd()).isNull();
    }

    @Test
    void documentsMustBePdfAndAreOfferedForDownload() throws Exception {
        TestProject project = endedProject();
        Browser author = Browser.loggedIn(mvc, initiator);
        String url = "/verwaltung/projekte/" + project.id() + "/ergebnisse/dokumente";

        String refused = body(author.upload(url, new MockMultipartFile("document", "protokoll.docx",
                "application/pdf", "PK not a pdf".getBytes(StandardCharsets.US_ASCII)), "documentTitle", "Protokoll"));
        assertThat(refused).contains("id=\"document-error\"", "Die Datei ist kein PDF.", "value=\"Protokoll\"");
        assertThat(body(author.upload(url, new MockMultipartFile("document", "protokoll.pdf", "application/pdf",
                PDF), "documentTitle", " "))).contains("id=\"documentTitle-error\"", "Bitte geben Sie dem Dokument");

        author.upload(url, new MockMultipartFile("document", "protokoll.pdf", "application/pdf", PDF),
                "documentTitle", "Protokoll der Bürgerversammlung");
        var document = results.of(project.id()).documents().get(0);
        assertThat(document.title()).isEqualTo("Protokoll der Bürgerversammlung");
        var download = new Browser(mvc).get(document.url()).getResponse();
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
    }

    @Test
    void councilLinksMustBeWebAddresses() throws Exception {
        TestProject project = endedProject();
        Browser author = Browser.loggedIn(mvc, initiator);
        String url = "/verwaltung/projekte/" + project.id() + "/ergebnisse/links";

        assertThat(body(author.post(url, "linkTitle", "Beschluss", "linkUrl", "ratsinfo/beschluss")))
                .contains("id=\"linkUrl-error\"", "mit https:// oder http:// beginnt", "value=\"Beschluss\"");
        author.post(url, "linkTitle", "Beschluss des Stadtrats", "linkUrl", "https://ratsinfo.example/vorlage/17");
        publishAs(author, project);

        assertThat(body(new Browser(mvc).get(project.url() + "/ergebnisse")))
                .contains("<a href=\"https://ratsinfo.example/vorlage/17\">Beschluss des Stadtrats</a>");
    }

    @Test
    void overviewShowsWhichFinishedProjectsStillOweResults() throws Exception {
        TestProject project = endedProject();
        Browser visitor = new Browser(mvc);
        // searched by title, since the overview shows 24 projects a page and other tests make more
        String title = "&q=" + project.title().substring(project.title().lastIndexOf(' ') + 1);
        assertThat(body(visitor.get("/projekte?ergebnisse=ausstehend" + title))).contains(project.title());
        assertThat(body(visitor.get("/projekte?ergebnisse=veroeffentlicht" + title))).doesNotContain(project.title());

        publishAs(Browser.loggedIn(mvc, initiator), project);

        assertThat(body(visitor.get("/projekte?ergebnisse=ausstehend" + title))).doesNotContain(project.title());
        assertThat(body(visitor.get("/projekte?ergebnisse=veroeffentlicht" + title))).contains(project.title());
    }

    @Test
    void reportPutsTopIdeasFirstWithFiguresResponsesSurveyChartsAndPlaces() throws Exception {
        TestProject project = endedProject();
        publishAs(Browser.loggedIn(mvc, initiator), project);

        String report = body(new Browser(mvc).get(project.url() + "/bericht"));
        assertThat(report).contains("Ergebnisbericht: " + project.title(), "Beteiligung in Zahlen", "Ideen sammeln",
                "Über 300 Menschen haben mitgemacht.", "Wir pflanzen <strong>zwölf Bäume</strong> im Herbst.",
                "Orte der Beiträge", "49.44430", "7.76940", "Eingegangen", "Beteiligungskonzept",
                "Worüber Sie mitreden können", "Die Gestaltung des Platzes.", "Der Standort und das Budget.");
        assertThat(report.indexOf("Mehr Bäume am Markt")).isLessThan(report.indexOf("Busspur auf der Marktstraße"));
        assertThat(report).doesNotContain("<script");
    }

    @Test
    void reportShowsSurveyResultsAsBarsWithTheirNumbers() throws Exception {
        TestOrganisation organisation = data.organisation();
        initiator = data.member(organisation, OrgRole.INITIATOR);
        TestProject project = data.project(organisation).surveyPhase("Umfrage", -40, -30).create();
        long phase = project.phaseIds().get(0);
        surveys.configure(phase, "Bitte antworten Sie.", true, false);
        long question = surveys.addQuestion(phase, Surveys.NewQuestion.choice(QuestionType.SINGLE,
                "Wie kommen Sie in die Stadt?", true, "Rad", "Bus", "Auto"));
        for (String choice : List.of("0", "0", "1")) {
            surveys.addResponse(phase, null, Map.of(question, List.of(choice)));
        }
        publishAs(Browser.loggedIn(mvc, initiator), project);

        String report = body(new Browser(mvc).get(project.url() + "/bericht"));
        assertThat(report).contains("Umfrageergebnisse", "Wie kommen Sie in die Stadt?", "3 Antworten",
                "class=\"bar w-67\"", "2 (67 %)", "1 (33 %)", "0 (0 %)");
    }

    @Test
    void reportComesAsTaggedPdfWithTheSameContent() throws Exception {
        TestProject project = endedProject();
        publishAs(Browser.loggedIn(mvc, initiator), project);

        var response = new Browser(mvc).get(project.url() + "/bericht.pdf").getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).contains("ergebnisbericht-" + project.slug() + ".pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains(project.title(), "Mehr Bäume am Markt", "zwölf Bäume", "Eine Busspur passt nicht");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
        }
    }
}
