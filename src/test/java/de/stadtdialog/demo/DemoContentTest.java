package de.stadtdialog.demo;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.stadtdialog.organisation.Organisations;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.DemoCityTest;
import de.stadtdialog.support.Mailbox;

/** A fresh installation as a newcomer starts it with the README's command. */
@DemoCityTest
class DemoContentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoContent demo;
    @Autowired
    Organisations organisations;
    @Autowired
    Mailbox mailbox;

    @Test
    void theDemoCityHasProjectsInEveryState() throws Exception {
        assertThat(organisations.all()).hasSize(4);
        String overview = body(new Browser(mvc).get("/projekte"));
        assertThat(overview).contains("Hitzeinseln und kühle Orte in der Innenstadt", "Läuft", "Geplant",
                "Abgeschlossen");
        assertThat(body(new Browser(mvc).get("/projekte?status=laeuft"))).contains("Stiftsplatz");
        assertThat(body(new Browser(mvc).get("/projekte?ergebnisse=veroeffentlicht")))
                .contains("Digitale Bürgerdienste", "Volkspark").doesNotContain("Lärmaktionsplan");
        assertThat(body(new Browser(mvc).get("/projekte?ergebnisse=ausstehend"))).contains("Lärmaktionsplan")
                .doesNotContain("Digitale Bürgerdienste");
        assertThat(overview).as("drafts and private projects stay out of lists")
                .doesNotContain("Quartiersplatz Kotten", "Smart-City-Beirat");
    }

    @Test
    void theDemoCityHasACommentedDraftWithTwoVersions() throws Exception {
        String draft = body(new Browser(mvc).get("/projekte/leitlinien-buergerbeteiligung/text"));
        assertThat(draft).contains("Version 2", "Absatz 3.2", "gedruckt im Bürgercenter");
        String changes = body(new Browser(mvc).get("/projekte/leitlinien-buergerbeteiligung/text/aenderungen"));
        assertThat(changes).contains("Absatz 1.3", "Absatz 2.2", "Kommentare, die zu dieser Änderung führten",
                "Ortsbeiräten gedruckt aus");
    }

    @Test
    void theDemoCitizenIsAVerifiedResidentOfInnenstadtOst() throws Exception {
        Browser citizen = new Browser(mvc).from("192.0.2.79");
        citizen.login("buergerin", DemoContent.PASSWORD);
        assertThat(body(citizen.get("/konto/verifizierung"))).contains("Sie sind verifiziert bis zum", "Innenstadt-Ost",
                "Persönlich vor Ort");
    }

    @Test
    void everyDemoLoginWorksWithTheDocumentedPassword() throws Exception {
        for (DemoContent.DemoLogin login : DemoContent.LOGINS) {
            Browser browser = new Browser(mvc).from("192.0.2.77");
            assertThat(browser.login(login.username(), DemoContent.PASSWORD).getResponse().getRedirectedUrl())
                    .as(login.username()).isEqualTo("/");
        }
    }

    @Test
    void demoContentIsLoadedOnlyIntoAnEmptyDatabase() throws Exception {
        demo.run(null);
        assertThat(organisations.all()).hasSize(4);
    }

    @Test
    void theFirstAdministratorSetsAPasswordThroughTheMailedLink() throws Exception {
        Mailbox.Mail mail = mailbox.latestTo(DemoCityTest.FIRST_ADMIN, "Administrationszugang");
        Browser browser = new Browser(mvc).from("192.0.2.78");
        String link = mail.link();
        String token = link.substring(link.indexOf("token=") + 6);
        browser.post("/passwort-neu", "token", token, "password", "Rathaus mit Blick auf den Pfälzerwald");
        browser.login(DemoCityTest.FIRST_ADMIN, "Rathaus mit Blick auf den Pfälzerwald");
        assertThat(browser.get("/verwaltung/organisationen").getResponse().getStatus()).isEqualTo(200);
    }
}
