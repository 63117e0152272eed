package de.stadtdialog.project;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestOrganisation;

/** The overview shows 24 projects a page; the links to the other pages keep the visitor's filters. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectOverviewPagingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    TestOrganisation organisation;
    /** 30 running projects of one organisation, in public order: the one ending soonest first. */
    List<String> titles = new ArrayList<>();

    @BeforeAll
    void thirtyRunningProjects() {
        organisation = data.organisation();
        for (int i = 1; i <= 30; i++) {
            titles.add(data.project(organisation).title(String.format("Seitenprojekt %02d", i)).phase("Info", -1, i)
                    .area(TestData.DOWNTOWN).create().title());
        }
    }

    @Test
    void theFirstPageShowsTheFirst24ProjectsInPublicOrderAndLinksToTheNextKeepingTheFilter() throws Exception {
        String page = body(new Browser(mvc).get(filtered()));

        assertThat(page).contains("30 Projekte gefunden", "<span aria-current=\"page\">Seite 1 von 2</span>",
                "<nav class=\"pagination\" aria-label=\"Seiten der Projektliste\">",
                "href=\"/projekte?organisation=" + organisation.id() + "&amp;seite=2#list-title\" rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        assertInOrder(page, titles.subList(0, 24));
        assertThat(page).doesNotContain(titles.subList(24, 30).toArray(String[]::new));
    }

    @Test
    void theSecondPageShowsTheRestAndLinksBackToTheFirst() throws Exception {
        String page = body(new Browser(mvc).get(filtered() + "&seite=2"));

        assertThat(page).contains("30 Projekte gefunden", "<span aria-current=\"page\">Seite 2 von 2</span>",
                "href=\"/projekte?organisation=" + organisation.id() + "#list-title\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertInOrder(page, titles.subList(24, 30));
        assertThat(page).doesNotContain(titles.subList(0, 24).toArray(String[]::new));
    }

    @Test
    void pageLinksCarryEveryFilterAndTheFilterFormStartsAgainOnPageOne() throws Exception {
        String page = body(new Browser(mvc).get("/projekte?q=seitenprojekt&status=laeuft&organisation="
                + organisation.id() + "&ergebnisse=&seite=2"));

        assertThat(page).contains("<span aria-current=\"page\">Seite 2 von 2</span>",
                "href=\"/projekte?q=seitenprojekt&amp;status=laeuft&amp;organisation=" + organisation.id()
                        + "#list-title\" rel=\"prev\"");
        assertThat(page).as("the filter form sends no page, so a changed filter shows its first page")
                .doesNotContain("name=\"seite\"");
    }

    @Test
    void aPageNumberPastTheEndShowsTheLastPage() throws Exception {
        String page = body(new Browser(mvc).get(filtered() + "&seite=99"));
        assertThat(page).contains("Seite 2 von 2", titles.get(29)).doesNotContain(titles.get(0));

        String huge = body(new Browser(mvc).get(filtered() + "&seite=99999999999999999999"));
        assertThat(huge).contains("Seite 2 von 2", titles.get(29));
    }

    @Test
    void anUnreadableZeroOrNegativePageNumberShowsTheFirstPage() throws Exception {
        for (String seite : List.of("abc", "0", "-3", "", "1.5")) {
            MvcResult result = new Browser(mvc).get(filtered() + "&seite=" + seite);
            assertThat(result.getResponse().getStatus()).as(seite).isEqualTo(200);
            assertThat(body(result)).as(seite).contains("Seite 1 von 2", titles.get(0))
                    .doesNotContain(titles.get(29));
        }
    }

    @Test
    void htmxAsksForAPageAndGetsThatPageOfTheResultListOnly() throws Exception {
        MvcResult result = new Browser(mvc).perform(MockMvcRequestBuilders.get(filtered() + "&seite=2")
                .header("HX-Request", "true"));
        assertThat(body(result)).startsWith("<div id=\"results\">").doesNotContain("<html")
                .contains("Seite 2 von 2", titles.get(29)).doesNotContain(titles.get(0));
    }

    @Test
    void theMapStillShowsEveryMatchingProject() throws Exception {
        String map = body(new Browser(mvc).get("/projekte/karte.geojson?organisation=" + organisation.id()));
        assertThat(map).contains(titles.toArray(String[]::new));
    }

    private String filtered() {
        return "/projekte?organisation=" + organisation.id();
    }

    private static void assertInOrder(String page, List<String> expected) {
        int previous = -1;
        for (String title : expected) {
            int at = page.indexOf(title);
            assertThat(at).as(title).isGreaterThan(previous);
            previous = at;
        }
    }
}
