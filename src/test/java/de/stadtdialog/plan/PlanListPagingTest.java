package de.stadtdialog.plan;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestOrganisation;

/** The Vorhabenliste shows 30 entries a page; page links keep the filters, the exports stay complete. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanListPagingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Plans plans;

    TestOrganisation organisation;
    /** 35 entries of one organisation, in the list's order: the most recently updated first. */
    List<String> titles = new ArrayList<>();

    @BeforeAll
    void thirtyFiveEntries() {
        organisation = data.organisation();
        long initiator = data.member(organisation, OrgRole.INITIATOR).id();
        Instant now = Instant.now();
        for (int i = 1; i <= 35; i++) {
            String title = TestData.unique(String.format("Seitenvorhaben %02d ", i));
            plans.create(new PlanDraft(organisation.id(), title, "Beschreibung von " + title, null, null, 100_000L,
                    PlanStatus.PREPARATION, null, null, true, null, false, null, null, null, null,
                    "{\"type\":\"Point\",\"coordinates\":[7.7689,49.4447]}", List.of(), List.of(), List.of()),
                    initiator, now.minus(i, ChronoUnit.HOURS));
            titles.add(title);
        }
    }

    @Test
    void theFirstPageShowsTheFirst30EntriesInOrderAndLinksToTheNextKeepingTheFilter() throws Exception {
        String page = body(new Browser(mvc).get(filtered()));

        assertThat(page).contains("35 Vorhaben", "<span aria-current=\"page\">Seite 1 von 2</span>",
                "<nav class=\"pagination\" aria-label=\"Seiten der Vorhabenliste\">",
                "href=\"/vorhaben?organisation=" + organisation.id() + "&amp;seite=2#list-title\" rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        assertInOrder(page, titles.subList(0, 30));
        assertThat(page).doesNotContain(titles.subList(30, 35).toArray(String[]::new));
    }

    @Test
    void theSecondPageShowsTheRestAndLinksBackToTheFirst() throws Exception {
        String page = body(new Browser(mvc).get(filtered() + "&seite=2"));

        assertThat(page).contains("35 Vorhaben", "<span aria-current=\"page\">Seite 2 von 2</span>",
                "href=\"/vorhaben?organisation=" + organisation.id() + "#list-title\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertInOrder(page, titles.subList(30, 35));
        assertThat(page).doesNotContain(titles.subList(0, 30).toArray(String[]::new));
    }

    @Test
    void pageLinksCarryEveryFilterAndTheMapViewAndTheFilterFormStartsAgainOnPageOne() throws Exception {
        String page = body(new Browser(mvc).get("/vorhaben?q=seitenvorhaben&organisation=" + organisation.id()
                + "&status=PREPARATION&beteiligung=ja&ansicht=karte"));

        assertThat(page).contains("href=\"/vorhaben?q=seitenvorhaben&amp;organisation=" + organisation.id()
                + "&amp;status=PREPARATION&amp;beteiligung=ja&amp;ansicht=karte&amp;seite=2#list-title\" rel=\"next\"");
        assertThat(page).as("the filter form sends no page, so a changed filter shows its first page")
                .doesNotContain("name=\"seite\"");
    }

    @Test
    void aPageNumberPastTheEndShowsTheLastPage() throws Exception {
        String page = body(new Browser(mvc).get(filtered() + "&seite=1000"));
        assertThat(page).contains("Seite 2 von 2", titles.get(34)).doesNotContain(titles.get(0));
    }

    @Test
    void anUnreadableZeroOrNegativePageNumberShowsTheFirstPage() throws Exception {
        for (String seite : List.of("abc", "0", "-1", "")) {
            MvcResult result = new Browser(mvc).get(filtered() + "&seite=" + seite);
            assertThat(result.getResponse().getStatus()).as(seite).isEqualTo(200);
            assertThat(body(result)).as(seite).contains("Seite 1 von 2", titles.get(0))
                    .doesNotContain(titles.get(34));
        }
    }

    @Test
    void htmxAsksForAPageAndGetsThatPageOfTheResultListOnly() throws Exception {
        MvcResult result = new Browser(mvc).perform(MockMvcRequestBuilders.get(filtered() + "&seite=2")
                .header("HX-Request", "true"));
        assertThat(body(result)).startsWith("<div id=\"results\">").doesNotContain("<html")
                .contains("Seite 2 von 2", titles.get(34)).doesNotContain(titles.get(0));
    }

    @Test
    void theExportsStayComplete() throws Exception {
        String[] all = titles.toArray(String[]::new);
        Browser visitor = new Browser(mvc);
        assertThat(body(visitor.get("/vorhaben.csv?organisation=" + organisation.id()))).contains(all);
        assertThat(body(visitor.get("/vorhaben.json?organisation=" + organisation.id()))).contains(all);
        assertThat(body(visitor.get("/vorhaben.geojson?organisation=" + organisation.id()))).contains(all);
    }

    private String filtered() {
        return "/vorhaben?organisation=" + organisation.id();
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
