package de.stadtdialog.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.shared.web.PlatformSettings;
import de.stadtdialog.support.DemoCityTest;
import de.stadtdialog.support.browser.CheckedPage;
import de.stadtdialog.support.browser.DemoCity;
import de.stadtdialog.support.browser.PageSet;
import de.stadtdialog.support.browser.Role;

/**
 * Reading needs no consent banner: a visitor who only reads gets no cookie and loads nothing from
 * another site except the map tiles the city configured. Checked on every page a visitor sees in the
 * page suite of the modules, plus the feeds, exports and assets, in the demo city.
 */
@DemoCityTest
class AnonymousReaderTest {

    /** Addresses the browser loads by itself: images, scripts, stylesheets, icons, frames, CSS urls. */
    private static final Pattern LOADED = Pattern.compile(
            "(?i)(?:<(?:img|script|iframe|source|audio|video|embed)\\b[^>]*?\\ssrcset?=\"([^\"]*)\""
                    + "|<link\\b[^>]*?\\shref=\"([^\"]*)\"|url\\(\\s*['\"]?([^'\")\\s]+))");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformSettings settings;

    @Test
    void aVisitorWhoOnlyReadsGetsNoCookieAndNothingFromAnotherSite() throws Exception {
        List<String> problems = new ArrayList<>();
        int readOnly = 0;
        for (String path : paths()) {
            MvcResult result = mvc.perform(get(path).header(HttpHeaders.ACCEPT_LANGUAGE, "de")).andReturn();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            boolean takesPart = body.contains("name=\"_csrf\"");
            if (!takesPart) {
                readOnly++;
                if (!result.getResponse().getHeaders(HttpHeaders.SET_COOKIE).isEmpty()) {
                    problems.add(path + " sets " + result.getResponse().getHeaders(HttpHeaders.SET_COOKIE));
                }
            }
            foreignOrigins(body).forEach(url -> problems.add(path + " loads " + url));
        }
        assertThat(readOnly).as("pages without a form that changes something").isGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    @Test
    void aSessionStartsOnlyWithAFormThatTakesPart() throws Exception {
        MvcResult result = mvc.perform(get("/registrieren")).andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("name=\"_csrf\"");
        assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).anyMatch(c -> c.startsWith("SESSION="));
    }

    @Test
    void theCheckFindsAStylesheetFromAnotherSite() {
        assertThat(foreignOrigins("<link rel=\"stylesheet\" href=\"https://fonts.example/a.css\">"
                + "<a href=\"https://www.example.org\">ok</a><img src=\"/img/a.png\">"
                + "<div class=\"x\" data-tiles=\"https://tiles.example\"></div>.a{background:url(//cdn.example/x.png)}"))
                .containsExactly("https://fonts.example/a.css", "//cdn.example/x.png");
    }

    private Set<String> foreignOrigins(String body) {
        Set<String> foreign = new LinkedHashSet<>();
        Matcher matcher = LOADED.matcher(body);
        while (matcher.find()) {
            String value = matcher.group(1) != null ? matcher.group(1)
                    : matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            for (String candidate : value.split(",")) {
                String url = candidate.strip().split("\\s+")[0];
                boolean absolute = url.startsWith("//") || url.matches("(?i)https?://.*");
                if (absolute && !url.startsWith(settings.baseUrl()) && !fromTileServer(url)) {
                    foreign.add(url);
                }
            }
        }
        return foreign;
    }

    private boolean fromTileServer(String url) {
        String origin = settings.tileOrigin();
        return url.startsWith(origin) || origin.contains("*.") && url.matches(
                Pattern.quote(origin.substring(0, origin.indexOf("*."))) + "[^/]+\\." + Pattern.quote(
                        origin.substring(origin.indexOf("*.") + 2)) + "(/.*)?");
    }

    /** Every visitor page the modules list for the page suite, and what browsers and feed readers fetch. */
    private List<String> paths() {
        DemoCity city = new DemoCity(jdbc);
        Set<String> paths = new LinkedHashSet<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(PageSet.class));
        for (var definition : scanner.findCandidateComponents("de.stadtdialog")) {
            try {
                PageSet set = (PageSet) Class.forName(definition.getBeanClassName()).getDeclaredConstructor()
                        .newInstance();
                set.pages(city).stream().filter(page -> page.role() == Role.VISITOR && page.action() == null)
                        .map(CheckedPage::path).filter(path -> !path.contains("lang=")).forEach(paths::add);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        String project = "/projekte/hitzeinseln-innenstadt";
        paths.addAll(List.of("/", "/projekte", "/projekte/karte.geojson", project + "/ergebnisse", project + "/bericht",
                project + "/bericht.pdf", project + "/veranstaltungen.ics", "/veranstaltungen", "/veranstaltungen.ics",
                "/vorhaben", "/vorhaben.csv", "/vorhaben.json", "/vorhaben.geojson", "/organisationen",
                "/datenschutz", "/impressum", "/css/app.css", "/css/report.css", "/js/map.js", "/js/idea-map.js",
                "/img/favicon.svg"));
        return List.copyOf(paths);
    }
}
