package de.stadtdialog.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.idea.IdeaFixture;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.QueryCounter;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestProject;

/** Readers without a session share rendered pages until something changes; nobody else does. */
@IntegrationTest
class PublicPageCacheTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IdeaFixture ideas;

    @Test
    void aReaderGetsAPageAgainWithoutAQueryAndABrowserThatHasItGets304() throws Exception {
        TestProject project = ideas.collecting();
        MvcResult first = mvc.perform(get(project.url())).andReturn();
        String etag = first.getResponse().getHeader("ETag");

        int[] queries = new int[1];
        MvcResult[] second = new MvcResult[1];
        queries[0] = QueryCounter.count(() -> second[0] = mvc.perform(get(project.url())).andReturn());
        MvcResult revalidated = mvc.perform(get(project.url()).header("If-None-Match", etag)).andReturn();

        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(etag).isNotBlank();
        assertThat(queries[0]).as("statements for the second view").isZero();
        assertThat(second[0].getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString())
                .contains(project.title());
        assertThat(second[0].getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(second[0].getResponse().getContentType()).startsWith("text/html");
        assertThat(second[0].getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(second[0].getResponse().getCookies()).isEmpty();
        assertThat(revalidated.getResponse().getStatus()).isEqualTo(304);
        assertThat(revalidated.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void anIdeaSentThroughTheFormOrAnyServiceShowsOnTheNextRequest() throws Exception {
        TestProject project = ideas.collecting();
        mvc.perform(get(project.ideas())).andReturn();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        MvcResult sent = citizen.post(project.ideas(), "title", "Trinkbrunnen am Stiftsplatz", "body",
                "Im Sommer fehlt Wasser für alle.", "categoryId", String.valueOf(ideas.category(project)));
        String afterForm = mvc.perform(get(project.ideas())).andReturn().getResponse().getContentAsString();
        ideas.idea(project, data.account(), "Bank unter der Linde");
        String afterService = mvc.perform(get(project.ideas())).andReturn().getResponse().getContentAsString();

        assertThat(sent.getResponse().getRedirectedUrl()).contains("hinweis=gesendet");
        assertThat(afterForm).contains("Trinkbrunnen am Stiftsplatz");
        assertThat(afterService).contains("Trinkbrunnen am Stiftsplatz", "Bank unter der Linde");
    }

    @Test
    void peopleWithASessionGetTheirOwnPageMarkedNotToBeStored() throws Exception {
        TestProject project = ideas.collecting();
        mvc.perform(get(project.url())).andReturn();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        MvcResult own = citizen.get(project.url());

        assertThat(Browser.body(own)).contains("Abmelden");
        assertThat(own.getResponse().getHeader("ETag")).isNull();
        assertThat(own.getResponse().getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void aPageThatStartsASessionIsNeverShared() throws Exception {
        MvcResult first = mvc.perform(get("/anmelden")).andReturn();
        MvcResult second = mvc.perform(get("/anmelden")).andReturn();

        assertThat(first.getResponse().getCookie("SESSION")).isNotNull();
        assertThat(second.getResponse().getCookie("SESSION")).isNotNull();
        assertThat(second.getResponse().getCookie("SESSION").getValue())
                .isNotEqualTo(first.getResponse().getCookie("SESSION").getValue());
        assertThat(second.getResponse().getHeader("ETag")).isNull();
    }

    @Test
    void readersOfEachLanguageGetTheirOwnPage() throws Exception {
        String german = mvc.perform(get("/projekte").header("Accept-Language", "de-DE")).andReturn().getResponse()
                .getContentAsString();
        String english = mvc.perform(get("/projekte").header("Accept-Language", "en-GB")).andReturn().getResponse()
                .getContentAsString();
        String germanAgain = mvc.perform(get("/projekte").header("Accept-Language", "de")).andReturn().getResponse()
                .getContentAsString();

        assertThat(german).contains("lang=\"de\"");
        assertThat(english).contains("lang=\"en\"");
        assertThat(germanAgain).contains("lang=\"de\"");
    }

    @Test
    void aBrowserThatAcceptsGzipGetsThePageCompressedOnceAndTheSameTextAsOthers() throws Exception {
        TestProject project = ideas.collecting();
        MvcResult plain = mvc.perform(get(project.url())).andReturn();
        MvcResult compressed = mvc.perform(get(project.url()).header("Accept-Encoding", "gzip, deflate, br")).andReturn();
        MvcResult firstCompressed = mvc.perform(get(project.url() + "?erste=1").header("Accept-Encoding", "gzip"))
                .andReturn();

        assertThat(plain.getResponse().getHeader("Content-Encoding")).isNull();
        assertThat(compressed.getResponse().getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(compressed.getResponse().getHeader("Vary")).contains("Accept-Encoding");
        assertThat(compressed.getResponse().getContentLength()).isEqualTo(compressed.getResponse().getContentAsByteArray().length)
                .isLessThan(plain.getResponse().getContentAsByteArray().length / 2);
        assertThat(gunzip(compressed.getResponse().getContentAsByteArray())).isEqualTo(plain.getResponse().getContentAsString())
                .contains(project.title());
        assertThat(firstCompressed.getResponse().getHeader("Content-Encoding")).as("the rendering request too")
                .isEqualTo("gzip");
        assertThat(gunzip(firstCompressed.getResponse().getContentAsByteArray())).contains(project.title());
    }

    @Test
    void theIdeaMapsViewportsAreKeptLikePages() throws Exception {
        TestProject project = ideas.collecting();
        String viewport = project.ideas() + "/karte.geojson?bbox=7.73,49.42,7.77,49.45&zoom=14";
        MvcResult first = mvc.perform(get(viewport)).andReturn();

        int[] queries = new int[1];
        MvcResult[] second = new MvcResult[1];
        queries[0] = QueryCounter.count(() -> second[0] = mvc.perform(get(viewport)).andReturn());

        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(first.getResponse().getContentAsString()).contains("FeatureCollection");
        assertThat(queries[0]).as("statements for the same viewport again").isZero();
        assertThat(second[0].getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(second[0].getResponse().getHeader("ETag")).isNotBlank();
    }

    private static String gunzip(byte[] bytes) throws java.io.IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
