package de.stadtdialog.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.QueryCounter;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestOrganisation;

/**
 * The pages everybody opens first cost a fixed number of queries, however many projects they list:
 * twelve more projects must not add a single statement.
 */
@IntegrationTest
class PublicPageQueryCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void startPageOverviewMapAndOrganisationPageDoNotQueryPerProject() throws Exception {
        TestOrganisation organisation = data.organisation();
        for (int i = 0; i < 2; i++) {
            data.project(organisation).ideaPhase("Ideen sammeln", "collect", -3, 20).create();
        }
        // logged in, so that the shared page cache does not answer
        Browser visitor = Browser.loggedIn(mvc, data.account());
        String[] pages = { "/", "/projekte", "/projekte?q=Projekt&status=laeuft", "/projekte?seite=2", "/projekte/karte.geojson",
                "/organisationen/" + organisation.slug(), "/organisationen" };

        Map<String, Integer> before = count(visitor, pages);
        for (int i = 0; i < 12; i++) {
            data.project(organisation).ideaPhase("Ideen sammeln", "collect", -3, 20).create();
        }
        Map<String, Integer> after = count(visitor, pages);

        assertThat(before.values()).as("statements are counted").allMatch(n -> n > 0);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aProjectPageCostsTheSameQueriesWithTwoOrEightPhases() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestData.ProjectBuilder small = data.project(organisation).ideaPhase("Ideen sammeln", "collect", -3, 20);
        TestData.ProjectBuilder big = data.project(organisation).ideaPhase("Ideen sammeln", "collect", -3, 20);
        small.phase("Auswertung", 21, 30);
        for (int i = 0; i < 7; i++) {
            big.phase("Schritt " + i, 21 + 10 * i, 30 + 10 * i);
        }
        String smallUrl = small.create().url();
        String bigUrl = big.create().url();
        Browser visitor = Browser.loggedIn(mvc, data.account());
        visitor.get(smallUrl);
        visitor.get(bigUrl);

        int forSmall = QueryCounter.count(() -> visitor.get(smallUrl));
        int forBig = QueryCounter.count(() -> visitor.get(bigUrl));

        assertThat(forSmall).as("statements are counted").isPositive();
        assertThat(forBig).isEqualTo(forSmall);
    }

    private static Map<String, Integer> count(Browser visitor, String... pages) throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String page : pages) {
            visitor.get(page);
            counts.put(page, QueryCounter.count(() -> visitor.get(page)));
        }
        return counts;
    }
}
