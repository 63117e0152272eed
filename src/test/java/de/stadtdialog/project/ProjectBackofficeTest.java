package de.stadtdialog.project;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestAccount;
import de.stadtdialog.support.TestData.TestOrganisation;

@IntegrationTest
class ProjectBackofficeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    @Test
    void anInitiatorCreatesAProjectWithTwoPhasesAndANewsPostAndPublishesIt() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        LocalDate today = LocalDate.now();
        String title = TestData.unique("Neuer Quartiersplatz ");

        MvcResult created = initiator.post("/verwaltung/projekte/neu", "organisationId", id(organisation),
                "title", title, "teaser", "Wie soll der Platz aussehen?", "descriptionMd", "## Ziel\n\nMehr **Grün**.",
                "areaGeojson", "{\"type\":\"Point\",\"coordinates\":[7.7689,49.4447]}", "visibility", "PUBLIC",
                "conceptGoal", "Den Platz gemeinsam planen.", "conceptOpenToInfluence", "Bänke und Bäume.",
                "conceptFixed", "Der Standort.", "conceptUseOfResults", "Der Bauausschuss entscheidet.");
        String phasesUrl = created.getResponse().getRedirectedUrl().replace("?angelegt=", "");
        assertThat(phasesUrl).matches("/verwaltung/projekte/\\d+/phasen");
        String slug = de.stadtdialog.shared.text.Slugs.slugify(title);
        assertThat(new Browser(mvc).get("/projekte/" + slug).getResponse().getStatus())
                .as("a draft is not public").isEqualTo(404);
        assertThat(body(initiator.get("/projekte/" + slug))).as("but its organisation previews it")
                .contains("Vorschau", title);

        initiator.post(phasesUrl, "title", "Informieren", "startsOn", today.minusDays(3).toString(),
                "endsOn", today.plusDays(7).toString(), "formatKind", "information:inform", "requirement", "GUEST");
        initiator.post(phasesUrl, "title", "Auswerten", "startsOn", today.plusDays(8).toString(),
                "endsOn", today.plusDays(30).toString(), "formatKind", "information:inform", "requirement", "GUEST");
        String phases = body(initiator.get(phasesUrl));
        assertThat(phases).contains("Informieren", "Auswerten", "Inhalte einrichten");
        String setup = phases.replaceAll("(?s).*?href=\"(/verwaltung/phasen/\\d+/information)\".*", "$1");
        initiator.post(setup, "title", "Auftakt", "bodyMd", "Wir starten **heute**.", "publishedOn",
                today.toString());
        assertThat(body(initiator.get(setup))).contains("Auftakt");

        assertThat(initiator.post(phasesUrl.replace("/phasen", "/veroeffentlichen")).getResponse()
                .getRedirectedUrl()).contains("veroeffentlicht");

        String page = body(new Browser(mvc).get("/projekte/" + slug));
        assertThat(page).contains(title, "Läuft", "Zeitleiste", "Informieren", "Auswerten", "Auftakt",
                "<strong>heute</strong>", "<strong>Grün</strong>", "timeline__item--active", "timeline__item--upcoming",
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(java.util.Locale.GERMAN).format(today));
        assertThat(body(new Browser(mvc).get("/projekte?status=laeuft&organisation=" + id(organisation)))).contains(title);
        assertThat(body(new Browser(mvc).get("/projekte?status=geplant&organisation=" + id(organisation)))).doesNotContain(title);
        assertThat(body(new Browser(mvc).get("/projekte/karte.geojson"))).contains(title, "7.7689");
    }

    @Test
    void overlappingPhasesAreRejectedWithAMessageNamingThem() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        var project = data.project(organisation).phase("Ideen sammeln", 0, 10).draft().create();
        LocalDate today = LocalDate.now();
        String response = body(initiator.post("/verwaltung/projekte/" + project.id() + "/phasen", "title", "Bewerten",
                "startsOn", today.plusDays(5).toString(), "endsOn", today.plusDays(20).toString(),
                "formatKind", "information:inform", "requirement", "GUEST"));
        assertThat(response).contains("Die Phasen „Ideen sammeln“", "und „Bewerten“", "überschneiden sich",
                "value=\"Bewerten\"");
        assertThat(body(initiator.post("/verwaltung/projekte/" + project.id() + "/phasen", "title", "Rückwärts",
                "startsOn", today.plusDays(40).toString(), "endsOn", today.plusDays(30).toString(),
                "formatKind", "information:inform", "requirement", "GUEST")))
                .contains("Die Phase „Rückwärts“ endet");
        assertThat(body(initiator.post("/verwaltung/projekte/" + project.id() + "/phasen", "title", "Ohne Datum",
                "startsOn", "nächste Woche", "endsOn", "", "formatKind", "information:inform", "requirement", "GUEST")))
                .contains("Bitte geben Sie ein gültiges Datum ein", "Bitte geben Sie an, wann die Phase endet");
    }

    @Test
    void deletingAPhaseAsksFirstAndNamesWhatGoesWithIt() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        var project = data.project(organisation).phase("Auftakt", 0, 5).phase("Dialog", 6, 20).create();
        String delete = "/verwaltung/projekte/" + project.id() + "/phasen/" + project.phaseIds().get(0) + "/loeschen";
        assertThat(body(initiator.get(delete))).contains("Möchten Sie die Phase „Auftakt“", "0 Beiträge",
                "Phase endgültig löschen");
        assertThat(body(new Browser(mvc).get(project.url()))).as("asking deletes nothing").contains("Auftakt");
        initiator.post(delete);
        assertThat(body(new Browser(mvc).get(project.url()))).doesNotContain("Auftakt").contains("Dialog");
    }

    @Test
    void theErrorSummaryListsProblemsInTheOrderOfTheForm() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        var project = data.project(organisation).draft().create();
        String response = body(initiator.post("/verwaltung/projekte/" + project.id() + "/phasen", "title", "",
                "startsOn", "", "endsOn", "", "formatKind", "information:inform", "requirement", "GUEST"));
        int start = response.indexOf("class=\"error-summary\"");
        String summary = response.substring(start, response.indexOf("</ul>", start));
        assertThat(summary.indexOf("einen Titel")).isLessThan(summary.indexOf("wann die Phase beginnt"));
        assertThat(summary.indexOf("wann die Phase beginnt")).isLessThan(summary.indexOf("wann die Phase endet"));
    }

    @Test
    void aProjectWithoutPhasesCannotBePublished() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        var project = data.project(organisation).draft().create();
        String redirect = initiator.post("/verwaltung/projekte/" + project.id() + "/veroeffentlichen").getResponse()
                .getRedirectedUrl();
        assertThat(body(initiator.get(redirect))).contains("mindestens eine Phase");
        assertThat(new Browser(mvc).get(project.url()).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void publishingWithoutACompleteParticipationConceptIsRefusedNamingWhatIsMissing() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        var project = data.project(organisation).phase("Info", 0, 10)
                .concept(new ParticipationConcept("Den Platz planen.", null, null, null, null, null)).draft().create();
        String phases = "/verwaltung/projekte/" + project.id() + "/phasen";

        String beforePublishing = body(initiator.get(phases));
        String missing = beforePublishing.substring(beforePublishing.indexOf("id=\"concept-missing\""),
                beforePublishing.indexOf("/veroeffentlichen"));
        assertThat(missing).as("listed above the publish button").contains("Worüber Sie mitreden können",
                "Was bereits feststeht", "Was mit den Ergebnissen geschieht", "#beteiligungskonzept")
                .doesNotContain("Ziel der Beteiligung");

        String redirect = initiator.post("/verwaltung/projekte/" + project.id() + "/veroeffentlichen").getResponse()
                .getRedirectedUrl();
        assertThat(body(initiator.get(redirect))).contains("role=\"alert\"",
                "Bitte ergänzen Sie zuerst das Beteiligungskonzept");
        assertThat(new Browser(mvc).get(project.url()).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aProjectWithAConceptIsPublishedAndShowsTheConceptOnItsPage() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        var project = data.project(organisation).phase("Info", 0, 10).concept(ParticipationConcept.EMPTY).draft()
                .create();
        initiator.post("/verwaltung/projekte/" + project.id(), "organisationId", id(organisation),
                "title", project.title(), "slug", project.slug(), "teaser", "Kurz gesagt.", "visibility", "PUBLIC",
                "conceptGoal", "Den Platz gemeinsam planen.", "conceptAudience", "Anwohner*innen",
                "conceptOpenToInfluence", "Bänke <b>und</b> Bäume.\nDie Beleuchtung.",
                "conceptFixed", "Der Standort.", "conceptFormatsAndTimeline", "Online im Mai.",
                "conceptUseOfResults", "Der Bauausschuss entscheidet.");

        assertThat(initiator.post("/verwaltung/projekte/" + project.id() + "/veroeffentlichen").getResponse()
                .getRedirectedUrl()).contains("veroeffentlicht");

        String page = body(new Browser(mvc).get(project.url()));
        String concept = page.substring(page.indexOf("<h2 id=\"concept-title\">"));
        assertThat(concept).contains("Beteiligungskonzept", "<h3>Ziel der Beteiligung</h3>",
                "Den Platz gemeinsam planen.", "<h3>Wer beteiligt wird</h3>", "Anwohner*innen",
                "Bänke &lt;b&gt;und&lt;/b&gt; Bäume.\nDie Beleuchtung.", "<h3>Was bereits feststeht</h3>",
                "Online im Mai.", "Der Bauausschuss entscheidet.");
    }

    @Test
    void anOverlongConceptTextShowsAFieldErrorAndKeepsTheInput() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        var project = data.project(organisation).phase("Info", 0, 10).draft().create();
        String tooLong = "Sehr ausführlich. ".repeat(300);

        String response = body(initiator.post("/verwaltung/projekte/" + project.id(), "organisationId",
                id(organisation), "title", project.title(), "slug", project.slug(), "teaser", "Kurz gesagt.",
                "visibility", "PUBLIC", "conceptFixed", tooLong, "conceptGoal", "Bleibt stehen."));

        assertThat(response).contains("id=\"conceptFixed-error\"", "höchstens 5.000 Zeichen", "aria-invalid=\"true\"",
                tooLong.substring(0, 200), "Bleibt stehen.");
        assertThat(body(initiator.get("/verwaltung/projekte/" + project.id()))).as("nothing was saved")
                .doesNotContain("Bleibt stehen.");
    }

    @Test
    void anInitiatorCannotTouchAnotherOrganisationsProject() throws Exception {
        var theirs = data.project(data.organisation()).phase("Info", 0, 3).create();
        Browser initiator = Browser.loggedIn(mvc, data.member(data.organisation(), OrgRole.INITIATOR));
        MvcResult edit = initiator.get("/verwaltung/projekte/" + theirs.id());
        assertThat(edit.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(edit)).contains("Dafür fehlt Ihnen die Berechtigung");
        assertThat(initiator.post("/verwaltung/projekte/" + theirs.id() + "/archivieren").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(initiator.get("/verwaltung/phasen/" + theirs.phaseIds().get(0) + "/information").getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(body(new Browser(mvc).get(theirs.url()))).as("nothing changed").contains("Läuft");
    }

    @Test
    void aModeratorCannotCreateProjects() throws Exception {
        Browser moderator = Browser.loggedIn(mvc, data.member(data.organisation(), OrgRole.MODERATOR));
        assertThat(moderator.get("/verwaltung/projekte/neu").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aProjectFormWithMistakesKeepsTheInputAndExplainsEachField() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        String response = body(initiator.post("/verwaltung/projekte/neu", "organisationId", id(organisation),
                "title", "", "teaser", "Ein Kurztext, der bleibt", "areaGeojson", "{kaputt", "contactEmail", "keine",
                "visibility", "PUBLIC"));
        assertThat(response).contains("Bitte korrigieren Sie folgende Angaben", "Bitte geben Sie einen Titel ein",
                "Das ist kein gültiges GeoJSON", "gültige E-Mail-Adresse", "Ein Kurztext, der bleibt", "{kaputt");
    }

    @Test
    void archivedProjectsStayReadableAmongTheFinishedOnes() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        var project = data.project(organisation).phase("Info", 0, 30).create();
        initiator.post("/verwaltung/projekte/" + project.id() + "/archivieren");
        assertThat(body(new Browser(mvc).get(project.url()))).contains("Dieses Projekt ist archiviert",
                "Abgeschlossen");
        assertThat(body(new Browser(mvc).get("/projekte?status=abgeschlossen&organisation=" + id(organisation))))
                .contains(project.title());
    }

    @Test
    void privateProjectsAreOnlyForInvitedPeople() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        var project = data.project(organisation).phase("Info", 0, 30).privateProject().create();
        TestAccount guest = data.account();
        assertThat(new Browser(mvc).get(project.url()).getResponse().getStatus()).isEqualTo(404);
        assertThat(Browser.loggedIn(mvc, guest).get(project.url()).getResponse().getStatus()).isEqualTo(404);
        assertThat(body(new Browser(mvc).get("/projekte?organisation=" + id(organisation))))
                .doesNotContain(project.title());

        initiator.post("/verwaltung/projekte/" + project.id() + "/einladen", "login", guest.username());
        assertThat(body(Browser.loggedIn(mvc, guest).get(project.url()))).contains(project.title());
    }

    @Test
    void exportsOfAPhaseAreForItsInitiatorsOnly() throws Exception {
        TestOrganisation organisation = data.organisation();
        TestAccount initiator = data.member(organisation, OrgRole.INITIATOR);
        var project = data.project(organisation).phase("Info", 0, 30).create();
        long phaseId = project.phaseIds().get(0);
        Browser.loggedIn(mvc, initiator).post("/verwaltung/phasen/" + phaseId + "/information", "title", "Termin; \"wichtig\"",
                "bodyMd", "=1+1", "publishedOn", LocalDate.now().toString());
        MvcResult csv = Browser.loggedIn(mvc, initiator).get("/verwaltung/phasen/" + phaseId + "/export/posts");
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(body(csv)).contains("\"Termin; \"\"wichtig\"\"\"", "\"'=1+1\"");
        assertThat(new Browser(mvc).get("/verwaltung/phasen/" + phaseId + "/export/posts").getResponse()
                .getRedirectedUrl()).endsWith("/anmelden");
    }

    @Test
    void aProjectImageIsReencodedScaledAndNeedsAnAlternativeText() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        var project = data.project(organisation).phase("Info", 0, 5).create();
        String url = "/verwaltung/projekte/" + project.id();
        String[] fields = { "organisationId", id(organisation), "title", project.title(), "slug", project.slug(),
                "teaser", "Kurz", "visibility", "PUBLIC" };

        assertThat(body(initiator.upload(url, png("bild.png", 2000, 1000), fields)))
                .contains("Bitte beschreiben Sie das Bild in einem Alternativtext");
        MockMultipartFile notAnImage = new MockMultipartFile("image", "bild.png", "image/png", "kein Bild".getBytes());
        assertThat(body(initiator.upload(url, notAnImage, with(fields, "imageAlt", "Ein Platz"))))
                .contains("Die Datei konnte nicht als Bild gelesen werden");

        long filesBefore = storedFiles();
        assertThat(body(initiator.upload(url, png("bild.png", 400, 300), with(fields, "imageAlt", "Ein Platz",
                "areaGeojson", "{kaputt")))).contains("Das ist kein gültiges GeoJSON");
        assertThat(storedFiles()).as("a refused form keeps no image").isEqualTo(filesBefore);

        initiator.upload(url, png("bild.png", 2000, 1000), with(fields, "imageAlt", "Der Platz mit alten Linden"));
        String page = body(new Browser(mvc).get(project.url()));
        assertThat(page).contains("alt=\"Der Platz mit alten Linden\"");
        String src = page.replaceAll("(?s).*<img class=\"project-hero__image\" src=\"([^\"]+)\".*", "$1");
        MvcResult image = new Browser(mvc).get(src);
        assertThat(image.getResponse().getContentType()).isEqualTo("image/png");
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(image.getResponse().getContentAsByteArray()));
        assertThat(stored.getWidth()).isEqualTo(1600);
        assertThat(stored.getHeight()).isEqualTo(800);
    }

    private static long storedFiles() throws Exception {
        Path uploads = Path.of("target", "test-uploads");
        if (!Files.isDirectory(uploads)) {
            return 0;
        }
        try (var files = Files.list(uploads)) {
            return files.count();
        }
    }

    private static MockMultipartFile png(String name, int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return new MockMultipartFile("image", name, "image/png", out.toByteArray());
    }

    private static String[] with(String[] fields, String... more) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + more.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return all;
    }

    private static String id(TestOrganisation organisation) {
        return String.valueOf(organisation.id());
    }
}
