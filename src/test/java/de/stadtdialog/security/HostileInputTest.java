package de.stadtdialog.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import de.stadtdialog.security.TwoOrganisations.Role;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;

/**
 * What an attacker or a broken client sends: oversized fields, control characters, mixed scripts,
 * markup and SQL, malformed coordinates and GeoJSON, unknown enum values, thousands of parameters.
 * The platform answers each with a 4xx or a form message, never a 500, and stores no executable markup.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    /** A form sent as a browser that showed it a minute ago would, so the spam guard's timer lets it through. */
    private static MockHttpServletRequestBuilder post(String url) {
        return MockMvcRequestBuilders.post(url).param("formStarted", Browser.formStamp());
    }

    static final String MEGABYTE = "A".repeat(1024 * 1024);
    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final List<String> HOSTILE = List.of("' OR '1'='1", "1; drop table project; --", "%' union select 1 --",
            "\\", "NaN", "-1", "99999999999999999999999", SCRIPT, "a\u0000b\u0007", "\u202eevil\u202c Ω Кириллица 日本語 عربي",
            "x".repeat(20_000));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    TwoOrganisations fixture;
    final List<String> failures = new ArrayList<>();

    @BeforeAll
    void buildFixture() throws Exception {
        fixture = new TwoOrganisations(context, mvc);
    }

    @Test
    void everySearchAndFilterParameterSurvivesHostileValues() throws Exception {
        List<String> urls = List.of("/", "/projekte", "/projekte/karte.geojson", "/vorhaben", "/vorhaben.csv",
                "/vorhaben.json", "/vorhaben.geojson", "/veranstaltungen", "/veranstaltungen.ics",
                "/projekte/{ideasSlug}", "/projekte/{ideasSlug}/ideen", "/projekte/{ideasSlug}/ideen/karte.geojson",
                "/projekte/{ideasSlug}/ergebnisse", "/projekte/{questionsSlug}/fragen", "/projekte/{textSlug}/text",
                "/projekte/{textSlug}/text/aenderungen", "/umfragen/{surveyPhase}", "/umfragen/{surveyPhase}/ergebnisse",
                "/verwaltung/phasen/{ideaPhase}/ideen/liste", "/verwaltung/phasen/{surveyPhase}/umfrage/texte",
                "/verwaltung/vorhaben", "/verwaltung/veranstaltungen", "/anmelden", "/passwort-neu");
        List<String> names = List.of("q", "status", "topic", "organisation", "district", "ergebnisse", "beteiligung",
                "ansicht", "art", "projekt", "zeitraum", "kategorie", "suche", "sortierung", "zufall", "seite", "bbox",
                "zoom", "von", "zu", "nach", "zustand", "kanal", "frage", "phase", "token", "lang", "fehler");
        for (String template : urls) {
            String url = fixture.fill(template);
            for (String value : HOSTILE) {
                MockHttpServletRequestBuilder request = get(url).with(fixture.as(Role.ADMIN));
                names.forEach(name -> request.param(name, value));
                check("GET " + url + " with every parameter = " + shorten(value), request);
            }
        }
        assertNoFailures();
    }

    @Test
    void thousandsOfParametersAndAHugeQueryStringAreHandled() throws Exception {
        MockHttpServletRequestBuilder many = get("/projekte");
        for (int i = 0; i < 10_000; i++) {
            many.param("p" + i, String.valueOf(i));
        }
        check("10,000 parameters", many);
        MockHttpServletRequestBuilder sameName = post(fixture.fill("/umfragen/{surveyPhase}")).with(csrf())
                .with(fixture.as(Role.PARTICIPANT));
        String[] values = new String[10_000];
        java.util.Arrays.fill(values, "Antwort");
        sameName.param("q" + fixture.surveyQuestion, values);
        check("10,000 values for one survey answer", sameName);
        check("a 200 kB query string", get("/vorhaben?q=" + "x".repeat(200_000)));
        assertNoFailures();
    }

    @Test
    void nonNumericIdsAndUnknownEnumValuesInPathsAndFormsAreClientErrors() throws Exception {
        for (String url : List.of("/verwaltung/projekte/abc", "/verwaltung/projekte/1e3", "/vorhaben/abc",
                "/vorhaben/99999999999999999999", "/umfragen/abc", "/umfragen/-1", "/veranstaltungen/abc",
                "/projekte/{ideasSlug}/ideen/abc", "/projekte/{ideasSlug}/ideen/%00", "/projekte/%3Cscript%3E",
                "/verwaltung/phasen/abc/ideen", "/verwaltung/phasen/{ideaPhase}/export/..%2F..%2Fetc",
                "/dateien/..%2F..%2Fetc%2Fpasswd", "/organisationen/%27%20OR%201=1")) {
            check("GET " + url, get(fixture.fill(url)).with(fixture.as(Role.ADMIN)));
        }
        RequestPostProcessor initiator = fixture.as(Role.INITIATOR_A);
        check("project with unknown visibility", post(fixture.fill("/verwaltung/projekte/{ideasId}")).with(csrf())
                .with(initiator).param("title", "Titel").param("visibility", "HACKED")
                .param("organisationId", "keine-zahl").param("topicIds", "x", "1e9"));
        check("event with unknown kind", post("/verwaltung/veranstaltungen/neu").with(csrf()).with(initiator)
                .param("organisationId", fixture.values().get("orgAId")).param("title", "T").param("kind", "PARTY")
                .param("capacity", "-99999999999").param("startsAt", "gestern").param("endsAt", "9999-99-99T99:99"));
        check("plan with unknown status", post("/verwaltung/vorhaben/neu").with(csrf()).with(initiator)
                .param("organisationId", fixture.values().get("orgAId")).param("title", "T").param("description", "D")
                .param("status", "'; drop table plan; --").param("estimatedCost", "1e308"));
        check("survey settings with unknown values", post(fixture.fill("/verwaltung/phasen/{surveyPhase}/umfrage/einstellungen"))
                .with(csrf()).with(initiator).param("results", "EVERYONE").param("editable", "vielleicht"));
        check("survey question of unknown type", post(fixture.fill("/verwaltung/phasen/{surveyPhase}/umfrage/fragen"))
                .with(csrf()).with(initiator).param("type", "SELECT * FROM account").param("title", "T")
                .param("minValue", "NaN").param("maxValue", "1e308").param("condition", "x:y"));
        check("idea rating that is no number", post(fixture.fill("/projekte/{ideasSlug}/ideen/{idea}/bewertung"))
                .with(csrf()).with(fixture.as(Role.PARTICIPANT)).param("wert", "viel"));
        assertNoFailures();
    }

    @Test
    void registrationRefusesOversizedAndControlCharactersWithAMessage() throws Exception {
        long before = accounts();
        for (String[] fields : List.of(new String[] { MEGABYTE, "a@example.org", "ein-langes-Passwort-77" },
                new String[] { "name\u202Egnp.exe", "c@example.org", "ein-langes-Passwort-77" },
                new String[] { SCRIPT, "d@example.org", "ein-langes-Passwort-77" },
                new String[] { "ordentlich", MEGABYTE + "@example.org", "ein-langes-Passwort-77" },
                new String[] { "ordentlich2", "e@example.org", MEGABYTE })) {
            MockHttpServletResponse response = mvc.perform(post("/registrieren").with(csrf())
                    .param("username", fields[0]).param("email", fields[1]).param("password", fields[2])
                    .param("acceptTerms", "true")).andReturn().getResponse();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(response.getStatus()).as(shorten(fields[0]) + " / " + shorten(fields[1])).isEqualTo(200);
            assertThat(body).as("a message beside a field").contains("-error\"");
            assertThat(body).doesNotContain(SCRIPT);
        }
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void controlCharactersAreRemovedBeforeAnythingIsStored() throws Exception {
        String name = "nul" + TestDataNames.next();
        MockHttpServletResponse response = mvc.perform(post("/registrieren").with(csrf())
                .param("username", name.substring(0, 3) + "\u0000\u0007" + name.substring(3))
                .param("email", name + "@exa\u0000mple.org").param("password", "ein-langes-Passwort-77")
                .param("acceptTerms", "true")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select email from account where username = ?").param(name).query(String.class).single())
                .isEqualTo(name + "@example.org");
    }

    @Test
    void markupInIdeasAndCommentsIsRefusedWithAMessageAndMarkdownIsSanitised() throws Exception {
        RequestPostProcessor citizen = fixture.as(Role.PARTICIPANT);
        String ideas = fixture.fill("/projekte/{ideasSlug}/ideen");
        String category = String.valueOf(jdbc.sql("select min(id) from idea_category where project_id = ?")
                .param(fixture.ideas.id()).query(Long.class).single());
        long before = jdbc.sql("select count(*) from idea").query(Long.class).single();

        String idea = mvc.perform(post(ideas).with(csrf()).with(citizen).param("title", "Bank " + SCRIPT)
                .param("body", "Text " + IMG + " [klick](javascript:alert(1))").param("categoryId", category)
                .param("place", "Am Markt " + SCRIPT)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String comment = mvc.perform(post(fixture.fill("/projekte/{ideasSlug}/ideen/{idea}/kommentare")).with(csrf())
                .with(citizen).param("body", "Kommentar " + SCRIPT + IMG)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(idea).contains("id=\"title-error\"", "id=\"body-error\"").doesNotContain("<script>alert");
        assertThat(comment).contains("-error\"").doesNotContain("<script>alert", "<img src=x");
        assertThat(jdbc.sql("select count(*) from idea").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from idea_comment where body like ?").param("%<script>%")
                .query(Long.class).single()).isZero();

        String markdown = "Beschreibung\n\n" + SCRIPT + "\n\n" + IMG + "\n\n[klick](javascript:alert(1)) "
                + "<a href=\"https://example.org\" onclick=\"alert(1)\">Link</a> <iframe src=\"https://evil.example\">"
                + "</iframe> <svg onload=alert(1)></svg> <style>body{display:none}</style>";
        mvc.perform(post(fixture.fill("/verwaltung/phasen/{informationPhase}/information")).with(csrf())
                .with(fixture.as(Role.INITIATOR_A)).param("title", "Neues").param("bodyMd", markdown)
                .param("publishedOn", "2026-01-11"));
        assertThat(jdbc.sql("select count(*) from information_post where body_md like ?").param("%<script>%")
                .query(Long.class).single()).as("the Markdown is kept as typed").isPositive();
        String page = mvc.perform(get(fixture.information.url())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Beschreibung", "&lt;script&gt;").doesNotContain("<script>alert", "<img src=x",
                "onerror=", "onclick=", "javascript:", "<iframe", "<svg onload", "<style>body");
    }

    @Test
    void malformedCoordinatesAndGeoJsonGetAFormMessage() throws Exception {
        RequestPostProcessor citizen = fixture.as(Role.PARTICIPANT);
        String ideas = fixture.fill("/projekte/{ideasSlug}/ideen");
        String category = String.valueOf(jdbc.sql("select min(id) from idea_category where project_id = ?")
                .param(fixture.ideas.id()).query(Long.class).single());
        long ideasBefore = jdbc.sql("select count(*) from idea").query(Long.class).single();
        for (String[] point : List.of(new String[] { "NaN", "NaN" }, new String[] { "1e308", "-1e308" },
                new String[] { "91", "181" }, new String[] { "Infinity", "7.7" }, new String[] { "49,4;drop", "x" },
                new String[] { "0x1p3", "7.7" }, new String[] { MEGABYTE, "7.7" })) {
            MockHttpServletRequestBuilder request = post(ideas).with(csrf()).with(citizen).param("title", "Ort")
                    .param("body", "Ein Ort.").param("categoryId", category).param("lat", point[0])
                    .param("lon", point[1]);
            String body = formPage("idea at " + shorten(point[0]) + "," + point[1], request);
            if (body != null && !body.contains("-error\"")) {
                failures.add("idea at " + shorten(point[0]) + "," + point[1] + ": no message beside a field");
            }
        }
        assertThat(jdbc.sql("select count(*) from idea").query(Long.class).single()).isEqualTo(ideasBefore);

        RequestPostProcessor initiator = fixture.as(Role.INITIATOR_A);
        String nested = "[".repeat(100_000) + "]".repeat(100_000);
        for (String area : List.of("{kaputt", "null", "[]", "{\"type\":\"Polygon\"}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[NaN,1],[2,2],[3,3],[NaN,1]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[1e308,1e308],[1,1],[2,2],[1e308,1e308]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[200,100],[201,100],[201,101],[200,100]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[7.7,49.4]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":\"" + SCRIPT + "\"}",
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":null}]}",
                "{\"type\":\"Polygon\",\"coordinates\":" + nested + "}", "{\"a\":\"" + MEGABYTE + "\"}")) {
            MockHttpServletRequestBuilder request = post(fixture.fill("/verwaltung/projekte/{ideasId}")).with(csrf())
                    .with(initiator).param("organisationId", fixture.values().get("orgAId"))
                    .param("title", fixture.ideas.title()).param("slug", fixture.ideas.slug())
                    .param("teaser", "Kurz").param("descriptionMd", "Text").param("visibility", "PUBLIC")
                    .param("areaGeojson", area);
            String body = formPage("project area " + shorten(area), request);
            if (body != null && !body.contains("id=\"areaGeojson-error\"")) {
                failures.add("project area " + shorten(area) + ": no message beside the area field");
            }
        }
        for (String point : List.of("NaN, NaN", "1e308, 1e308", "91, 181", "49.4; drop table event", MEGABYTE)) {
            MockHttpServletRequestBuilder request = post("/verwaltung/veranstaltungen/neu").with(csrf())
                    .with(initiator).param("organisationId", fixture.values().get("orgAId")).param("title", "Treffen")
                    .param("description", "Text").param("kind", "IN_PERSON").param("startsAt", "2030-05-12T10:00")
                    .param("endsAt", "2030-05-12T12:00").param("address", "Markt 1").param("point", point);
            String body = formPage("event at " + shorten(point), request);
            if (body != null && !body.contains("id=\"point-error\"")) {
                failures.add("event at " + shorten(point) + ": no message beside the point field");
            }
        }
        assertNoFailures();
    }

    @Test
    void oversizedAndMarkupFieldsInOtherFormsGetMessagesOrAreStoredInert() throws Exception {
        RequestPostProcessor citizen = fixture.as(Role.PARTICIPANT);
        check("plan request of 1 MB", post(fixture.fill("/vorhaben/{plan}/anregung")).with(csrf()).with(citizen)
                .param("justification", MEGABYTE));
        check("plan request with markup", post(fixture.fill("/vorhaben/{plan}/anregung")).with(csrf()).with(citizen)
                .param("justification", "Bitte beteiligen " + SCRIPT + IMG + " \u0000 \u202E"));
        check("survey answer of 1 MB", post(fixture.fill("/umfragen/{surveyPhase}")).with(csrf()).with(citizen)
                .param("q" + fixture.surveyQuestion, MEGABYTE));
        check("survey answer for unknown questions", post(fixture.fill("/umfragen/{surveyPhase}")).with(csrf())
                .with(citizen).param("q999999999", "x").param("qabc", "y").param("seite", "-5")
                .param("aktion", "weiter"));
        check("survey page beyond the end", post(fixture.fill("/umfragen/{surveyPhase}")).with(csrf()).with(citizen)
                .param("seite", "2147483647").param("aktion", "zurueck"));
        check("question of 1 MB", post(fixture.fill("/projekte/{questionsSlug}/fragen")).with(csrf()).with(citizen)
                .param("body", MEGABYTE).param("category", SCRIPT));
        check("text comment of 1 MB", post(fixture.fill("/projekte/{textSlug}/text/absatz/{paragraph}/kommentare"))
                .with(csrf()).with(citizen).param("body", MEGABYTE));
        check("comment of 1 MB", post(fixture.fill("/projekte/{ideasSlug}/ideen/{idea}/kommentare")).with(csrf())
                .with(citizen).param("body", MEGABYTE).param("parentId", "abc"));
        check("barrier report of 1 MB", post("/barrierefreiheit/melden").with(csrf()).param("message", MEGABYTE)
                .param("email", SCRIPT).param("page", "javascript:alert(1)"));
        check("newsletter with hostile address", post("/newsletter").with(csrf()).param("email",
                "a@b.c\r\nBcc: all@example.org"));
        check("search saved with markup", post("/projekte/suche-speichern").with(csrf()).with(citizen)
                .param("q", SCRIPT).param("topic", "x"));
        RequestPostProcessor initiator = fixture.as(Role.INITIATOR_A);
        check("project of 1 MB", post(fixture.fill("/verwaltung/projekte/{ideasId}")).with(csrf()).with(initiator)
                .param("title", MEGABYTE).param("descriptionMd", MEGABYTE).param("contactEmail", SCRIPT));
        check("event of 1 MB", post("/verwaltung/veranstaltungen/neu").with(csrf()).with(initiator)
                .param("organisationId", fixture.values().get("orgAId")).param("title", MEGABYTE)
                .param("description", MEGABYTE).param("onlineLink", "javascript:alert(1)").param("kind", "ONLINE")
                .param("startsAt", "2030-05-12T10:00").param("endsAt", "2030-05-12T12:00"));
        check("text draft of 1 MB", post(fixture.fill("/verwaltung/phasen/{textPhase}/text/entwurf")).with(csrf())
                .with(initiator).param("bodyMd", MEGABYTE + "\n\n" + SCRIPT));
        check("information post with markup", post(fixture.fill("/verwaltung/phasen/{informationPhase}/information"))
                .with(csrf()).with(initiator).param("title", SCRIPT).param("bodyMd", IMG + "\u0000")
                .param("publishedOn", "31.02.2026"));
        assertNoFailures();

        String project = mvc.perform(get(fixture.fill("/vorhaben/{plan}"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(project).doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;alert(");
        String info = mvc.perform(get(fixture.information.url())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(info).doesNotContain("<script>alert", "<img src=x");
    }

    @Test
    void brokenMultipartAndWrongContentTypesAreClientErrors() throws Exception {
        RequestPostProcessor initiator = fixture.as(Role.INITIATOR_A);
        String url = fixture.fill("/verwaltung/projekte/{ideasId}/ergebnisse/dokumente");
        check("multipart without boundary", post(url).with(csrf()).with(initiator)
                .contentType("multipart/form-data").content("--x\r\nnonsense"));
        check("multipart with a broken body", post(url).with(csrf()).with(initiator)
                .contentType("multipart/form-data; boundary=abc").content("--abc\r\nContent-Disposition: form-da"));
        check("JSON instead of a form", post(fixture.fill("/projekte/{ideasSlug}/ideen")).with(csrf())
                .with(fixture.as(Role.PARTICIPANT)).contentType(MediaType.APPLICATION_JSON).content("{\"title\":1}"));
        check("XML instead of a form", post("/registrieren").with(csrf()).contentType(MediaType.APPLICATION_XML)
                .content("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"));
        check("DELETE on a page", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/projekte").with(csrf()));
        assertNoFailures();
    }

    /** Performs the request and notes a failure for a 5xx; returns the page of a 200, else null. */
    private String formPage(String what, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = perform(what, request);
        if (response == null || response.getStatus() != 200) {
            if (response != null && response.getStatus() < 500 && response.getStatus() >= 300
                    && response.getStatus() < 400) {
                failures.add(what + ": accepted (" + response.getRedirectedUrl() + ")");
            }
            return null;
        }
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (body.contains("<script>alert")) {
            failures.add(what + ": markup echoed unescaped");
        }
        return body;
    }

    private void check(String what, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = perform(what, request);
        if (response != null && response.getContentAsString(StandardCharsets.UTF_8).contains("<script>alert")) {
            failures.add(what + ": markup echoed unescaped");
        }
    }

    private MockHttpServletResponse perform(String what, MockHttpServletRequestBuilder request) {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() >= 500) {
                failures.add(what + ": " + response.getStatus());
            }
            return response;
        } catch (Exception | StackOverflowError e) {
            failures.add(what + ": " + e);
            return null;
        }
    }

    private void assertNoFailures() {
        List<String> found = List.copyOf(failures);
        failures.clear();
        assertThat(found).as("requests answered with a server error or unsafe markup").isEmpty();
    }

    /** Short names for accounts, so they fit the username rules. */
    static final class TestDataNames {
        private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

        static String next() {
            return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + COUNTER.incrementAndGet();
        }
    }

    private long accounts() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    private static String shorten(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "… (" + value.length() + " chars)" : printable;
    }
}
