package de.stadtdialog.organisation;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.Mailbox;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;

@IntegrationTest
class AdministrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Mailbox mailbox;

    @Test
    void anAdministratorCreatesAnOrganisationAndMakesSomeoneItsInitiator() throws Exception {
        Browser admin = Browser.loggedIn(mvc, data.admin());
        String name = TestData.unique("Referat Grünflächen ");
        MvcResult created = admin.post("/verwaltung/organisationen/neu", "name", name, "description", "Parks und Plätze",
                "contactEmail", "gruen@example.org");
        String url = created.getResponse().getRedirectedUrl().replace("?gespeichert=", "");
        TestAccount colleague = data.account();
        admin.post(url + "/mitglieder", "login", colleague.email(), "role", "INITIATOR");
        assertThat(body(admin.get(url))).contains(name, colleague.username(), "Initiator:in");
        assertThat(body(admin.post(url + "/mitglieder", "login", "niemand@example.org", "role", "MODERATOR")))
                .contains("Es gibt kein aktives Konto");

        Browser initiator = Browser.loggedIn(mvc, colleague);
        assertThat(body(initiator.get("/verwaltung"))).contains("Neues Projekt");
        assertThat(body(initiator.get("/verwaltung/projekte/neu"))).contains(name);
        assertThat(body(new Browser(mvc).get("/organisationen"))).contains(name);
    }

    @Test
    void aSecondOrganisationCannotTakeAnExistingAddress() throws Exception {
        var existing = data.organisation();
        Browser admin = Browser.loggedIn(mvc, data.admin());
        assertThat(body(admin.post("/verwaltung/organisationen/neu", "name", "Doppelt", "slug", existing.slug())))
                .contains("Diese Adresse ist bereits vergeben", "value=\"Doppelt\"");
    }

    @Test
    void onlyAdministratorsManageOrganisationsAndPages() throws Exception {
        Browser citizen = Browser.loggedIn(mvc, data.account());
        MvcResult result = citizen.get("/verwaltung/organisationen");
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(result)).contains("Kein Zugriff", "Dafür fehlt Ihnen die Berechtigung");
        assertThat(citizen.post("/verwaltung/seiten/impressum", "title", "X", "bodyMd", "Y").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(new Browser(mvc).get("/verwaltung/seiten").getResponse().getRedirectedUrl()).endsWith("/anmelden");
    }

    @Test
    void editingTheTermsRaisesTheVersionNewRegistrationsAgreeTo() throws Exception {
        Browser admin = Browser.loggedIn(mvc, data.admin());
        String before = body(new Browser(mvc).get("/nutzungsbedingungen"));
        String text = "Neue Regeln " + TestData.unique("");
        admin.post("/verwaltung/seiten/nutzungsbedingungen", "title", "Nutzungsbedingungen", "bodyMd", text);
        assertThat(body(new Browser(mvc).get("/nutzungsbedingungen"))).contains(text);
        assertThat(before).doesNotContain(text);
        assertThat(body(admin.get("/verwaltung/seiten"))).containsPattern("Version [2-9]");
    }

    @Test
    void aReportedBarrierReachesTheAdministrators() throws Exception {
        TestAccount admin = data.admin();
        Browser visitor = new Browser(mvc);
        assertThat(body(visitor.post("/barrierefreiheit/melden", "description", "")))
                .contains("Bitte beschreiben Sie, was Ihnen aufgefallen ist");
        String description = "Der Kontrast der Karte ist zu schwach " + TestData.unique("");
        MvcResult sent = visitor.post("/barrierefreiheit/melden", "description", description, "pageUrl", "/projekte",
                "email", "");
        assertThat(body(visitor.get(sent.getResponse().getRedirectedUrl()))).contains("Vielen Dank");
        assertThat(mailbox.latestTo(admin.email()).body()).contains(description, "/projekte");
        assertThat(body(Browser.loggedIn(mvc, admin).get("/verwaltung/barrieremeldungen"))).contains(description);
    }

    @Test
    void administratorsKeepTheTopicsProjectsAreFiledUnder() throws Exception {
        Browser admin = Browser.loggedIn(mvc, data.admin());
        String topic = TestData.unique("Klimaschutz ");
        admin.post("/verwaltung/stammdaten/themen", "name", topic);
        assertThat(body(new Browser(mvc).get("/projekte"))).contains(topic);
        String again = admin.post("/verwaltung/stammdaten/themen", "name", topic.toUpperCase()).getResponse()
                .getRedirectedUrl();
        assertThat(body(admin.get(again))).contains("Diesen Namen gibt es schon");
        assertThat(Browser.loggedIn(mvc, data.account()).post("/verwaltung/stammdaten/stadtteile", "name", "Neu").getResponse()
                .getStatus()).isEqualTo(403);
    }
}
