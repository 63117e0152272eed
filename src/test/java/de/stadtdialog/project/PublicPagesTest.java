package de.stadtdialog.project;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;

@IntegrationTest
class PublicPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Taxonomy taxonomy;

    @Test
    void theStartPageShowsRunningProjectsBeforeUpcomingAndFinishedOnes() throws Exception {
        var organisation = data.organisation();
        var finished = data.project(organisation).title("Abgeschlossen").phase("Alt", -30, -10).create();
        var running = data.project(organisation).title("Laufend").phase("Jetzt", -2, 5).create();
        var planned = data.project(organisation).title("Geplant").phase("Bald", 400, 410).create();
        String home = body(new Browser(mvc).get("/"));
        assertThat(home).contains("Jetzt mitmachen", running.title());
        // filtered to the organisation, since the overview shows 24 projects a page and other tests make more
        String overview = body(new Browser(mvc).get("/projekte?organisation=" + organisation.id()));
        assertThat(overview.indexOf(running.title())).isLessThan(overview.indexOf(planned.title()));
        assertThat(overview.indexOf(planned.title())).isLessThan(overview.indexOf(finished.title()));
    }

    @Test
    void theOverviewFiltersByTopicDistrictOrganisationAndText() throws Exception {
        long topic = taxonomy.addTopic(TestData.unique("Thema "));
        long district = taxonomy.addDistrict(TestData.unique("Stadtteil "));
        var organisation = data.organisation();
        var tagged = data.project(organisation).title("Baumpflanzung").phase("Info", 0, 5).create();
        var other = data.project(data.organisation()).title("Parkhaus").phase("Info", 0, 5).create();
        setTerms(tagged.id(), topic, district);

        String byTopic = body(new Browser(mvc).get("/projekte?topic=" + topic));
        assertThat(byTopic).contains(tagged.title(), "1 Projekt gefunden").doesNotContain(other.title());
        assertThat(body(new Browser(mvc).get("/projekte?district=" + district))).contains(tagged.title())
                .doesNotContain(other.title());
        assertThat(body(new Browser(mvc).get("/projekte?organisation=" + organisation.id()))).contains(tagged.title())
                .doesNotContain(other.title());
        assertThat(body(new Browser(mvc).get("/projekte?q=baumpflanzung"))).contains(tagged.title())
                .doesNotContain(other.title());
        assertThat(body(new Browser(mvc).get("/projekte?q=gibtesnicht" + TestData.unique(""))))
                .contains("Kein Projekt passt zu Ihren Filtern");
    }

    @Test
    void filtersAskedForByHtmxAnswerWithTheResultListOnly() throws Exception {
        MvcResult result = new Browser(mvc).perform(MockMvcRequestBuilders.get("/projekte?status=laeuft")
                .header("HX-Request", "true"));
        assertThat(body(result)).startsWith("<div id=\"results\">").doesNotContain("<html");
    }

    @Test
    void unknownPagesGetAFriendlyNotFoundPage() throws Exception {
        MvcResult result = new Browser(mvc).get("/projekte/" + TestData.unique("gibt-es-nicht-"));
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(body(result)).contains("Seite nicht gefunden", "Zur Startseite").doesNotContain("Exception");
        assertThat(new Browser(mvc).get("/ganz/falsch").getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void malformedFilterValuesGetABadRequestPageNotAStackTrace() throws Exception {
        MvcResult result = new Browser(mvc).get("/projekte?topic=abc");
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result)).contains("Diese Anfrage ist ungültig").doesNotContain("Exception", "at de.");
    }

    @Test
    void pagesForbidInlineScriptAndThirdPartyContent() throws Exception {
        MvcResult result = new Browser(mvc).get("/");
        String policy = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "img-src 'self' data: https://tile.openstreetmap.org");
        assertThat(body(result)).doesNotContain("<script>", "style=\"", "https://cdn", "fonts.googleapis");
    }

    @Test
    void englishReadersGetEnglishAndTheSwitchIsRemembered() throws Exception {
        MvcResult english = new Browser(mvc).perform(MockMvcRequestBuilders.get("/").header("Accept-Language",
                "en-GB,en;q=0.9"));
        assertThat(body(english)).contains("<html lang=\"en\"", "Projects");

        Browser browser = new Browser(mvc);
        assertThat(body(browser.get("/"))).contains("<html lang=\"de\"");
        assertThat(body(browser.get("/projekte?lang=en"))).contains("<html lang=\"en\"");
        assertThat(body(browser.get("/"))).as("remembered").contains("<html lang=\"en\"");
        assertThat(body(browser.get("/?lang=fr"))).as("unsupported languages are ignored").contains("lang=\"en\"");
    }

    @Test
    void anOrganisationPageListsItsProjectsAndFallsBackToThePlatformImprint() throws Exception {
        var organisation = data.organisation();
        var project = data.project(organisation).phase("Info", 0, 5).create();
        assertThat(body(new Browser(mvc).get("/organisationen/" + organisation.slug()))).contains(organisation.name(),
                project.title());
        assertThat(body(new Browser(mvc).get("/organisationen/" + organisation.slug() + "/impressum")))
                .contains("Impressum", "Digitale-Dienste-Gesetz");
    }

    @Test
    void markdownInAProjectDescriptionIsRenderedHarmless() throws Exception {
        var project = data.project(data.organisation())
                .description("Hallo <script>alert(1)</script> [x](javascript:alert(2)) <b onclick=\"alert(3)\">b</b>")
                .phase("Info", 0, 5).create();
        String page = body(new Browser(mvc).get(project.url()));
        assertThat(page).doesNotContain("<script>alert", "javascript:alert", "onclick=").contains("Hallo");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void setTerms(long projectId, long topic, long district) {
        jdbc.sql("insert into project_topic (project_id, topic_id) values (?, ?)").params(projectId, topic).update();
        jdbc.sql("insert into project_district (project_id, district_id) values (?, ?)").params(projectId, district)
                .update();
    }
}
