package de.stadtdialog.idea;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestProject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class IdeaBackofficeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IdeaFixture ideas;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCityAnswersAnIdeaAndTheAnswerIsShownProminentlyAndTheAuthorIsTold() throws Exception {
        TestProject project = ideas.collecting();
        TestAccount author = data.account();
        long idea = ideas.idea(project, author, "Trinkbrunnen");
        Browser initiator = ideas.initiatorOf(project);
        long accepted = status(project, "Angenommen");

        initiator.post(ideas.setupUrl(project) + "/" + idea, "statusId", String.valueOf(accepted),
                "responseMd", "Wir bauen den Brunnen **im Frühjahr**.");

        String page = body(new Browser(mvc).get(project.ideas() + "/" + idea));
        assertThat(page).contains("Stellungnahme der Stadt", "Wir bauen den Brunnen <strong>im Frühjahr</strong>.",
                "Status: Angenommen");
        assertThat(body(new Browser(mvc).get(project.ideas()))).contains("Stellungnahme der Stadt:</strong> Wir bauen "
                + "den Brunnen im Frühjahr.", "Angenommen");
        assertThat(body(Browser.loggedIn(mvc, author).get("/benachrichtigungen")))
                .contains("Die Stadt hat auf Ihre Idee „Trinkbrunnen“ geantwortet");
    }

    @Test
    void aBulkChangeSetsTheStatusOfEveryIdeaTheFiltersMatch() throws Exception {
        TestProject project = ideas.collecting();
        TestAccount author = data.account();
        long bench = ideas.idea(project, author, "Bank am Teich");
        long pond = ideas.idea(project, author, "Teich reinigen");
        long other = ideas.idea(project, author, "Radständer");
        Browser initiator = ideas.initiatorOf(project);
        long checking = status(project, "In Prüfung");

        MvcResult result = initiator.post(ideas.setupUrl(project) + "/liste/status", "suche", "teich", "alle", "true",
                "neuerStatus", String.valueOf(checking));

        assertThat(result.getResponse().getRedirectedUrl()).contains("geaendert=2", "suche=teich");
        assertThat(statusOf(bench)).isEqualTo(checking);
        assertThat(statusOf(pond)).isEqualTo(checking);
        assertThat(statusOf(other)).isNotEqualTo(checking);
        String withoutStatus = initiator.post(ideas.setupUrl(project) + "/liste/status", "ideen",
                String.valueOf(other)).getResponse().getRedirectedUrl();
        assertThat(body(initiator.get(withoutStatus))).as("without a status nothing changes, with a message")
                .contains("Bitte wählen Sie einen neuen Status.");
        assertThat(statusOf(other)).isNotEqualTo(checking);
    }

    @Test
    void settingsCategoriesAndPlacesExplainWhatIsWrong() throws Exception {
        TestProject project = ideas.collecting();
        Browser initiator = ideas.initiatorOf(project);
        String setup = ideas.setupUrl(project);

        String badSettings = body(initiator.post(setup + "/einstellungen", "locationMode", "OPTIONAL",
                "maxLength", "50", "ratingMode", "SUPPORT", "editMinutes", "viele", "places",
                "Stiftsplatz; 49.44; 7.76\nRathaus 49.44 7.77"));
        String badCategory = body(initiator.post(setup + "/kategorien", "name", "Bäume", "colour", "grün"));
        initiator.post(setup + "/kategorien", "name", "Bäume", "colour", "#2E7D32", "icon", "baum");

        assertThat(badSettings).contains("Bitte geben Sie eine Zahl ab 100 ein.", "Bitte geben Sie eine ganze Zahl ein.",
                "Zeile 2 der Orte ist ungültig", "Rathaus 49.44 7.77");
        assertThat(badCategory).contains("Bitte geben Sie eine Farbe im Format #RRGGBB an.", "value=\"Bäume\"");
        assertThat(body(initiator.get(setup))).contains("Bäume", "#2e7d32", "Sitzbank");
        assertThat(body(new Browser(mvc).get(project.ideas() + "/farben.css"))).contains("{background:#2e7d32}");
    }

    @Test
    void citizensCannotReachTheBackOffice() throws Exception {
        TestProject project = ideas.collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        assertThat(citizen.get(ideas.setupUrl(project)).getResponse().getStatus()).isEqualTo(403);
        assertThat(citizen.get(ideas.setupUrl(project) + "/liste").getResponse().getStatus()).isEqualTo(403);
        assertThat(citizen.post(ideas.setupUrl(project) + "/liste/status", "alle", "true").getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void exportsHoldEveryIdeaAsCsvSpreadsheetAndGeoJson() throws Exception {
        TestProject project = ideas.collecting();
        TestAccount author = data.account();
        long located = ideas.idea(project, author, "=SUMME(A1) Formel");
        jdbc.sql("update idea set supports = 3 where id = ?").param(located).update();
        Browser initiator = ideas.initiatorOf(project);
        Browser citizen = Browser.loggedIn(mvc, author);
        citizen.post(project.ideas(), "title", "Ohne Ort", "body", "Nur Text; mit \"Zeichen\".", "categoryId",
                String.valueOf(ideas.category(project)));
        String export = "/verwaltung/phasen/" + project.phaseIds().get(0) + "/export/";

        String csv = initiator.get(export + "csv").getResponse().getContentAsString(StandardCharsets.UTF_8);
        byte[] xlsx = initiator.get(export + "xlsx").getResponse().getContentAsByteArray();
        JsonNode geojson = JsonMapper.builder().build().readTree(initiator.get(export + "geojson").getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(csv).startsWith("\uFEFF\"id\";\"titel\";\"beschreibung\";\"kategorie\";\"status\"")
                .contains("\"'=SUMME(A1) Formel\"", "\"Nur Text; mit \"\"Zeichen\"\".\"", ";3;", "49.444;7.77");
        Map<String, String> parts = unzip(xlsx);
        assertThat(parts).containsKeys("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
        assertThat(parts.get("xl/worksheets/sheet1.xml")).contains("=SUMME(A1) Formel", "Nur Text; mit &quot;Zeichen&quot;.",
                "<c><v>3</v></c>");
        assertThat(geojson.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geojson.path("features")).hasSize(2);
        JsonNode first = geojson.path("features").get(0);
        assertThat(first.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(7.77);
        assertThat(first.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(49.444);
        assertThat(first.path("properties").path("unterstuetzungen").asInt()).isEqualTo(3);
        assertThat(geojson.path("features").get(1).path("geometry").isNull()).isTrue();
        assertThat(citizen.get(export + "csv").getResponse().getStatus()).isEqualTo(403);
    }

    private long status(TestProject project, String name) {
        return jdbc.sql("select id from idea_status where project_id = ? and name = ?").params(project.id(), name)
                .query(Long.class).single();
    }

    private Long statusOf(long idea) {
        return jdbc.sql("select status_id from idea where id = ?").param(idea).query(Long.class).single();
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
