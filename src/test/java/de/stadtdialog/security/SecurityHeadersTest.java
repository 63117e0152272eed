package de.stadtdialog.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.shared.storage.FileStorage;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;
import de.stadtdialog.support.TestData.TestProject;

/** Every kind of response carries the headers that keep a page from being framed, sniffed or scripted. */
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    FileStorage storage;

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        TestAccount citizen = data.account();
        TestProject project = data.project(organisation).phase("Information", -1, 10).create();
        String image = storage.store(Images.png(3, 3), "png");
        String pdf = storage.store("%PDF-1.4\n%%EOF".getBytes(), "pdf");

        Map<String, MockHttpServletRequestBuilder> requests = new LinkedHashMap<>();
        requests.put("HTML page", get("/"));
        requests.put("404 page", get("/gibt-es-nicht"));
        requests.put("403 page", get("/verwaltung/organisationen").with(citizen.login()));
        requests.put("400 page", get("/verwaltung/projekte/keine-zahl").with(initiator.login()));
        requests.put("login redirect", get("/konto"));
        requests.put("static asset", get("/css/app.css"));
        requests.put("uploaded image", get("/dateien/" + image));
        requests.put("uploaded PDF", get("/dateien/" + pdf));
        requests.put("JSON", get("/vorhaben.json"));
        requests.put("GeoJSON", get("/projekte/karte.geojson"));
        requests.put("CSV", get("/vorhaben.csv"));
        requests.put("iCalendar", get("/veranstaltungen.ics"));
        requests.put("PDF report", get(project.url() + "/bericht.pdf").with(initiator.login()));

        for (var entry : requests.entrySet()) {
            MockHttpServletResponse response = mvc.perform(entry.getValue()).andReturn().getResponse();
            String what = entry.getKey() + " (" + response.getStatus() + ")";
            String policy = response.getHeader("Content-Security-Policy");
            assertThat(policy).as("CSP of %s", what).isNotNull().doesNotContain("unsafe-inline", "unsafe-eval")
                    .contains("frame-ancestors 'none'");
            assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("Strict-Transport-Security")).as("no HSTS over plain HTTP: %s", what)
                    .isNull();
        }
    }

    @Test
    void overHttpsBrowsersAreToldToStayOnHttps() throws Exception {
        for (String url : new String[] { "/", "/gibt-es-nicht", "/css/app.css", "/vorhaben.json" }) {
            String hsts = mvc.perform(get(url).secure(true)).andReturn().getResponse()
                    .getHeader("Strict-Transport-Security");
            assertThat(hsts).as(url).startsWith("max-age=").contains("includeSubDomains");
        }
    }

    @Test
    void uploadedFilesAreSandboxedAndDocumentsAreDownloaded() throws Exception {
        String image = storage.store(Images.png(3, 3), "png");
        String pdf = storage.store("%PDF-1.4\n%%EOF".getBytes(), "pdf");

        MockHttpServletResponse png = mvc.perform(get("/dateien/" + image)).andReturn().getResponse();
        assertThat(png.getContentType()).isEqualTo("image/png");
        assertThat(png.getHeader("Content-Disposition")).startsWith("inline");
        assertThat(png.getHeader("Content-Security-Policy")).contains("sandbox", "default-src 'none'");
        assertThat(png.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        MockHttpServletResponse document = mvc.perform(get("/dateien/" + pdf)).andReturn().getResponse();
        assertThat(document.getContentType()).isEqualTo("application/pdf");
        assertThat(document.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"" + pdf + "\"");
        assertThat(document.getHeader("Content-Security-Policy")).contains("sandbox");

        assertThat(mvc.perform(get("/dateien/..%2Fapplication.properties")).andReturn().getResponse().getStatus())
                .isIn(400, 404);
    }
}
