package de.stadtdialog.plan;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.project.Taxonomy;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;

@IntegrationTest
class PlanListTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Plans plans;
    @Autowired
    Taxonomy taxonomy;

    private PlanDraft draft(TestOrganisation organisation, String title, boolean participation, List<Long> districts) {
        return new PlanDraft(organisation.id(), title, "Beschreibung von " + title, null, null, 100_000L,
                PlanStatus.PREPARATION, null, null, participation, participation ? null : "Pflichtaufgabe", false,
                null, null, null, null, "{\"type\":\"Point\",\"coordinates\":[7.7689,49.4447]}", List.of(), districts,
                List.of());
    }

    @Test
    void filtersAndSearchReturnWhatAUserExpects() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        long district = taxonomy.addDistrict(TestData.unique("Stadtteil "));
        String word = TestData.unique("Spielplatzsuche");
        String with = word + " mit Beteiligung";
        String without = word + " ohne Beteiligung";
        plans.create(draft(organisation, with, true, List.of(district)), initiator.id());
        plans.create(draft(organisation, without, false, List.of()), initiator.id());
        Browser visitor = new Browser(mvc);

        assertThat(body(visitor.get("/vorhaben?q=" + word.toLowerCase()))).contains(with, without);
        assertThat(body(visitor.get("/vorhaben?q=" + word + "&beteiligung=ja"))).contains(with).doesNotContain(without);
        assertThat(body(visitor.get("/vorhaben?q=" + word + "&beteiligung=nein"))).contains(without).doesNotContain(with);
        assertThat(body(visitor.get("/vorhaben?district=" + district))).contains(with).doesNotContain(without);
        assertThat(body(visitor.get("/vorhaben?organisation=" + organisation.id() + "&status=DECIDED")))
                .doesNotContain(with, without).contains("Kein Vorhaben passt");
    }

    @Test
    void anEntryNotUpdatedForSixMonthsIsMarkedStaleUntilItsDepartmentSavesIt() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        long id = plans.create(draft(organisation, TestData.unique("Alte Brücke "), true, List.of()), initiator.id(),
                Instant.now().minus(200, ChronoUnit.DAYS));
        assertThat(body(new Browser(mvc).get("/vorhaben/" + id))).contains("Seit über 6 Monaten nicht aktualisiert");

        Browser browser = Browser.loggedIn(mvc, initiator);
        browser.post("/verwaltung/vorhaben/" + id, "organisationId", id(organisation), "title", "Alte Brücke saniert",
                "description", "Beschreibung", "status", "DECIDED", "participationPlanned", "true");

        String page = body(new Browser(mvc).get("/vorhaben/" + id));
        assertThat(page).doesNotContain("nicht aktualisiert").contains("Alte Brücke saniert", "Beschlossen");
    }

    @Test
    void historyRecordsWhoChangedWhichFields() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        Browser browser = Browser.loggedIn(mvc, initiator);
        String created = browser.post("/verwaltung/vorhaben/neu", "organisationId", id(organisation), "title",
                "Neue Kita", "description", "Eine Kita am Betzenberg", "status", "PREPARATION",
                "participationNote", "Pflichtaufgabe", "estimatedCost", "1.200.000").getResponse().getRedirectedUrl();
        long id = Long.parseLong(created.replaceAll("\\D", ""));
        browser.post("/verwaltung/vorhaben/" + id, "organisationId", id(organisation), "title", "Neue Kita",
                "description", "Eine Kita am Betzenberg", "status", "COUNCIL", "participationNote", "Pflichtaufgabe",
                "estimatedCost", "1.500.000");

        String page = body(new Browser(mvc).get("/vorhaben/" + id));
        assertThat(page).contains("Änderungsverlauf", "Angelegt", "Geändert: Geschätzte Kosten, Stand",
                initiator.username(), "1.500.000 Euro");
    }

    @Test
    void exportsContainTheEntries() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        String title = TestData.unique("Exportiertes Vorhaben ");
        plans.create(draft(organisation, title, true, List.of()), initiator.id());
        Browser visitor = new Browser(mvc);

        assertThat(body(visitor.get("/vorhaben.csv"))).contains(title, "Geschätzte Kosten", organisation.name());
        assertThat(body(visitor.get("/vorhaben.json"))).contains(title, "\"participationPlanned\":true");
        assertThat(body(visitor.get("/vorhaben.geojson"))).contains("FeatureCollection", title, "7.7689");
        assertThat(body(visitor.get("/vorhaben?ansicht=karte"))).as("the map view keeps the list beside it")
                .contains("data-geojson-url=\"/vorhaben.geojson\"", title);
    }

    @Test
    void aCitizenAndAnInitiatorOfAnotherOrganisationCannotEdit() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        long id = plans.create(draft(organisation, TestData.unique("Geschützt "), true, List.of()), initiator.id());
        Browser citizen = Browser.loggedIn(mvc, data.account());
        Browser other = Browser.loggedIn(mvc, data.member(data.organisation(), OrgRole.INITIATOR));

        assertThat(citizen.get("/verwaltung/vorhaben/" + id).getResponse().getStatus()).isEqualTo(403);
        assertThat(citizen.get("/verwaltung/vorhaben/neu").getResponse().getStatus()).isEqualTo(403);
        assertThat(other.get("/verwaltung/vorhaben/" + id).getResponse().getStatus()).isEqualTo(403);
        assertThat(other.post("/verwaltung/vorhaben/" + id, "organisationId", id(organisation), "title", "Gekapert",
                "description", "x", "status", "DECIDED", "participationPlanned", "true").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(body(new Browser(mvc).get("/vorhaben/" + id))).doesNotContain("Gekapert");
    }

    @Test
    void badInputShowsMessagesNextToFieldsAndKeepsWhatWasTyped() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser browser = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));

        String page = body(browser.post("/verwaltung/vorhaben/neu", "organisationId", id(organisation), "title",
                "Schwimmbad Warmfreibad", "description", "", "status", "PREPARATION", "estimatedCost", "viel Geld",
                "projectSlugs", "gibt-es-nicht", "areaGeojson", "{kaputt"));

        assertThat(page).contains("id=\"description-error\"", "Bitte beschreiben Sie das Vorhaben.",
                "id=\"estimatedCost-error\"", "ganze Zahl in Euro", "id=\"participationNote-error\"",
                "Bitte nennen Sie den Grund", "id=\"projectSlugs-error\"", "gibt-es-nicht",
                "id=\"areaGeojson-error\"", "value=\"Schwimmbad Warmfreibad\"", "value=\"viel Geld\"");
    }

    private static String id(TestOrganisation organisation) {
        return String.valueOf(organisation.id());
    }
}
