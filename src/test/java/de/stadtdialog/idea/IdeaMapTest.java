package de.stadtdialog.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestProject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class IdeaMapTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IdeaFixture ideas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    @Test
    void aViewportWithFewIdeasGetsEachIdeaWithItsColourAndLink() throws Exception {
        TestProject project = ideas.collecting();
        long idea = ideas.idea(project, data.account(), "Schattenplatz");

        JsonNode map = viewport(project, "7.7,49.4,7.8,49.5", 15, "");

        assertThat(map.path("total").asInt()).isEqualTo(1);
        JsonNode feature = map.path("features").get(0);
        assertThat(feature.path("properties").path("title").asString()).isEqualTo("Schattenplatz");
        assertThat(feature.path("properties").path("url").asString()).isEqualTo(project.ideas() + "/" + idea);
        assertThat(feature.path("properties").path("colour").asString()).matches("#[0-9a-f]{6}");
        assertThat(feature.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(7.77);
    }

    @Test
    void manyIdeasArriveAsClustersWhoseCountsAddUpAndFiltersApply() throws Exception {
        TestProject project = ideas.collecting();
        long category = ideas.category(project);
        long author = data.account().id();
        Timestamp now = Timestamp.from(Instant.now());
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            double lat = 49.43 + (i % 40) * 0.0007;
            double lon = 7.75 + (i / 40) * 0.0013;
            rows.add(new Object[] { project.id(), author, "Idee " + i, "idee " + i + " x",
                i % 3 == 0 ? category : null, lat, lon, now, now });
        }
        jdbcTemplate.batchUpdate("insert into idea (project_id, author_id, title, body, search_text, category_id, "
                + "lat, lon, visibility, created_at, updated_at) values (?, ?, ?, 'x', ?, ?, ?, ?, 'PUBLISHED', ?, ?)",
                rows);

        JsonNode whole = viewport(project, "7.7,49.4,7.8,49.5", 12, "");
        JsonNode close = viewport(project, "7.75,49.43,7.752,49.432", 18, "");
        JsonNode filtered = viewport(project, "7.7,49.4,7.8,49.5", 12, "&kategorie=" + category);

        assertThat(whole.path("total").asInt()).isEqualTo(1200);
        assertThat(whole.path("features").size()).isLessThan(100);
        int sum = 0;
        for (JsonNode feature : whole.path("features")) {
            sum += feature.path("properties").path("cluster").asBoolean() ? feature.path("properties").path("count")
                    .asInt() : 1;
        }
        assertThat(sum).isEqualTo(1200);
        assertThat(close.path("features")).allMatch(f -> !f.path("properties").path("cluster").asBoolean());
        assertThat(filtered.path("total").asInt()).isEqualTo(400);
    }

    @Test
    void aViewportThatIsNoBoxIsABadRequestThatSaysWhatIsExpected() throws Exception {
        TestProject project = ideas.collecting();

        MvcResult result = new Browser(mvc).get(project.ideas() + "/karte.geojson?bbox=Kaiserslautern&zoom=12");

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("bbox must be west,south,east,north");
    }

    @Test
    void theListNamesThePlaceOfEveryIdeaForPeopleWhoDoNotUseTheMap() throws Exception {
        TestProject project = ideas.collecting();
        var ideasApi = ideas;
        ideasApi.idea(project, data.account(), "Mit Koordinaten");

        String list = Browser.body(new Browser(mvc).get(project.ideas()));

        assertThat(list).contains("Ort: 49.44400, 7.77000", "Alle Ideen der Karte stehen mit ihrem Ort auch in der Liste.");
    }

    private JsonNode viewport(TestProject project, String bbox, int zoom, String filters) throws Exception {
        MvcResult result = new Browser(mvc).get(project.ideas() + "/karte.geojson?bbox=" + bbox + "&zoom=" + zoom
                + filters);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
