package de.stadtdialog.idea;

import static de.stadtdialog.support.Browser.body;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestProject;

@IntegrationTest
class IdeaSubmissionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    private TestProject collecting() {
        return data.project(data.organisation()).area(TestData.DOWNTOWN).ideaPhase("Ideen sammeln", "collect", -2, 10)
                .create();
    }

    @Test
    void aCitizenSendsAnIdeaWithAPointOnTheMapAndFindsItInTheListWithItsPlace() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        MvcResult sent = citizen.post(project.ideas(), "title", "Schatten am Stiftsplatz",
                "body", "Sonnensegel über den Bänken.", "categoryId", firstCategory(project), "lat", "49,4443",
                "lon", "7.7694");

        String ideaUrl = sent.getResponse().getRedirectedUrl();
        assertThat(ideaUrl).matches(project.ideas() + "/\\d+\\?hinweis=gesendet");
        assertThat(body(citizen.get(ideaUrl))).contains("Ihre Idee ist veröffentlicht", "Schatten am Stiftsplatz",
                "Sonnensegel über den Bänken.");
        String list = body(new Browser(mvc).get(project.ideas()));
        assertThat(list).contains("Schatten am Stiftsplatz", "Ort: 49.44430, 7.76940", "1 Idee");
        assertThat(body(citizen.get("/konto/daten.json"))).as("the idea is part of the person's data")
                .contains("\"ideas\"", "Schatten am Stiftsplatz");
    }

    @Test
    void aPlaceOutsideTheProjectAreaIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String page = body(citizen.post(project.ideas(), "title", "Brunnen in Mannheim", "body", "Weit weg.",
                "categoryId", firstCategory(project), "lat", "49.4875", "lon", "8.4660"));

        assertThat(page).contains("außerhalb des Projektgebiets", "value=\"Brunnen in Mannheim\"", "Weit weg.",
                "value=\"49.4875\"");
        assertThat(count(project)).isZero();
    }

    @Test
    void coordinatesThatAreNoNumbersGetAnExampleOfWhatIsExpected() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String page = body(citizen.post(project.ideas(), "title", "Bank", "body", "Eine Bank.",
                "categoryId", firstCategory(project), "lat", "Stiftsplatz", "lon", "7.77"));

        assertThat(page).contains("als Dezimalzahlen ein, zum Beispiel 49,4447 und 7,7689");
        assertThat(count(project)).isZero();
    }

    @Test
    void aMissingTitleATooLongTextAndMarkupAreEachExplainedBesideTheirField() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String page = body(citizen.post(project.ideas(), "title", "", "body", "x".repeat(2001),
                "categoryId", firstCategory(project), "place", "<script>alert(1)</script>"));

        assertThat(page).contains("Bitte geben Sie einen Titel ein.",
                "Der Text ist zu lang: höchstens 2.000 Zeichen, Sie haben 2.001 geschrieben.",
                "Bitte schreiben Sie einfachen Text ohne HTML-Tags oder Skripte.");
        assertThat(page).as("the typed text comes back, escaped").doesNotContain("<script>alert(1)").contains("value=\"&lt;script>alert(1)");
        assertThat(count(project)).isZero();
    }

    @Test
    void aPlaceFromTheListOrADescriptionIsEnoughWhereTheLocationIsRequired() throws Exception {
        TestProject project = collecting();
        Browser initiator = initiatorOf(project);
        String setup = setupUrl(project);
        initiator.post(setup + "/einstellungen", "showMap", "true", "locationMode", "REQUIRED", "imagesAllowed",
                "true", "maxLength", "2000", "ratingMode", "SUPPORT", "editMinutes", "60",
                "places", "Stiftsplatz; 49.4443; 7.7694\nSchillerplatz; 49,4431; 7,7716");
        Browser citizen = Browser.loggedIn(mvc, data.account());
        String category = firstCategory(project);

        String refused = body(citizen.post(project.ideas(), "title", "Ohne Ort", "body", "Irgendwo.",
                "categoryId", category));
        citizen.post(project.ideas(), "title", "Am Schillerplatz", "body", "Ein Brunnen.", "categoryId", category,
                "namedPlace", "Schillerplatz");
        citizen.post(project.ideas(), "title", "An der Ecke", "body", "Eine Bank.", "categoryId", category,
                "place", "Ecke Fackelstraße / Marktstraße");

        assertThat(refused).contains("Bitte geben Sie einen Ort an");
        assertThat(jdbc.sql("select lat, lon, place from idea where project_id = ? order by id").param(project.id())
                .query((rs, n) -> rs.getObject(1) + "|" + rs.getObject(2) + "|" + rs.getString(3)).list())
                .containsExactly("49.4431|7.7716|Schillerplatz", "null|null|Ecke Fackelstraße / Marktstraße");
    }

    @Test
    void anImageIsStoredReEncodedWithoutItsMetadataAndNeedsAnAlternativeText() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());
        String category = firstCategory(project);
        byte[] jpeg = jpegWithComment("GPS 49.4443 7.7694", 3000, 2000);

        String missingAlt = body(citizen.upload(project.ideas(), new MockMultipartFile("image", "platz.jpg",
                "image/jpeg", jpeg), "title", "Mit Bild", "body", "Siehe Foto.", "categoryId", category));
        citizen.upload(project.ideas(), new MockMultipartFile("image", "platz.jpg", "image/jpeg", jpeg),
                "title", "Mit Bild", "body", "Siehe Foto.", "categoryId", category, "imageAlt", "Leerer Platz");

        assertThat(missingAlt).contains("Bitte beschreiben Sie das Bild", "value=\"Mit Bild\"");
        String key = jdbc.sql("select image_key from idea where project_id = ?").param(project.id())
                .query(String.class).single();
        byte[] stored = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/dateien/" + key)).andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(stored));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isEqualTo(1600);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("GPS 49.4443");
    }

    @Test
    void aWebpImageIsAccepted() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());
        byte[] webp = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

        MvcResult sent = citizen.upload(project.ideas(), new MockMultipartFile("image", "bild.webp", "image/webp",
                webp), "title", "WebP", "body", "Ein Bild.", "categoryId", firstCategory(project), "imageAlt", "Punkt");

        assertThat(sent.getResponse().getRedirectedUrl()).contains("hinweis=gesendet");
    }

    @Test
    void aFileThatIsNoImageOrTooLargeIsRefusedAndTheTextStays() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());
        String category = firstCategory(project);

        String notAnImage = body(citizen.upload(project.ideas(), new MockMultipartFile("image", "liste.pdf",
                "application/pdf", "%PDF-1.4 ...".getBytes()), "title", "Mit PDF", "body", "Text bleibt.",
                "categoryId", category, "imageAlt", "Dokument"));
        String tooLarge = body(citizen.upload(project.ideas(), new MockMultipartFile("image", "gross.jpg",
                "image/jpeg", new byte[10 * 1024 * 1024 + 1]), "title", "Zu groß", "body", "Text bleibt auch.",
                "categoryId", category, "imageAlt", "Foto"));

        assertThat(notAnImage).contains("konnte nicht als Bild gelesen werden", "Text bleibt.");
        assertThat(tooLarge).contains("größer als 10 MB", "Text bleibt auch.");
        assertThat(count(project)).isZero();
    }

    @Test
    void visitorsMustLogInAndNobodySendsIdeasOutsideTheCollectingPhase() throws Exception {
        TestProject collecting = collecting();
        TestProject reviewing = data.project(data.organisation()).ideaPhase("Prüfung", "review", -2, 10).create();

        MvcResult anonymous = new Browser(mvc).post(collecting.ideas(), "title", "Anonym", "body", "Text");
        MvcResult inReview = Browser.loggedIn(mvc, data.account()).post(reviewing.ideas(), "title", "Zu spät",
                "body", "Text");

        assertThat(anonymous.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(anonymous)).contains("melden Sie sich an");
        assertThat(inReview.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(inReview)).contains("Prüfung");
        assertThat(count(collecting) + count(reviewing)).isZero();
    }

    @Test
    void withPreModerationAnIdeaWaitsAndOnlyItsAuthorSeesItUntilAModeratorReleasesIt() throws Exception {
        TestProject project = collecting();
        Browser initiator = initiatorOf(project);
        String setup = setupUrl(project);
        initiator.post(setup + "/einstellungen", "showMap", "true", "locationMode", "OPTIONAL", "maxLength", "2000",
                "ratingMode", "SUPPORT", "editMinutes", "60", "premoderation", "true");
        Browser author = Browser.loggedIn(mvc, data.account());

        String ideaUrl = author.post(project.ideas(), "title", "Wartende Idee", "body", "Bitte prüfen.",
                "categoryId", firstCategory(project)).getResponse().getRedirectedUrl().replaceAll("\\?.*", "");

        assertThat(body(author.get(ideaUrl))).contains("wartet auf Freigabe");
        assertThat(new Browser(mvc).get(ideaUrl).getResponse().getStatus()).isEqualTo(404);
        assertThat(body(new Browser(mvc).get(project.ideas()))).doesNotContain("Wartende Idee");
        String id = ideaUrl.substring(ideaUrl.lastIndexOf('/') + 1);
        assertThat(body(initiator.get(setup + "/liste"))).contains("Wartende Idee", "Wartet auf Freigabe");
        initiator.post(setup + "/" + id + "/freigabe", "freigeben", "true");
        assertThat(body(new Browser(mvc).get(project.ideas()))).contains("Wartende Idee");
    }

    @Test
    void anAuthorEditsWithinTheWindowAndWithdrawsTheIdea() throws Exception {
        TestProject project = collecting();
        Browser author = Browser.loggedIn(mvc, data.account());
        String category = firstCategory(project);
        String ideaUrl = author.post(project.ideas(), "title", "Erster Titel", "body", "Text.",
                "categoryId", category).getResponse().getRedirectedUrl().replaceAll("\\?.*", "");

        assertThat(Browser.loggedIn(mvc, data.account()).get(ideaUrl + "/bearbeiten").getResponse().getStatus())
                .as("nobody else edits it").isEqualTo(403);
        author.post(ideaUrl + "/bearbeiten", "title", "Besserer Titel", "body", "Text.", "categoryId", category);
        assertThat(body(new Browser(mvc).get(ideaUrl))).contains("Besserer Titel");
        author.post(ideaUrl + "/zurueckziehen");

        assertThat(new Browser(mvc).get(ideaUrl).getResponse().getStatus()).isEqualTo(404);
        assertThat(body(new Browser(mvc).get(project.ideas()))).doesNotContain("Besserer Titel");
    }

    @Test
    void withoutAnEditWindowTheIdeaCannotBeChangedOnceSent() throws Exception {
        TestProject project = collecting();
        initiatorOf(project).post(setupUrl(project) + "/einstellungen", "locationMode", "OPTIONAL", "maxLength",
                "2000", "ratingMode", "SUPPORT", "editMinutes", "0");
        Browser author = Browser.loggedIn(mvc, data.account());
        String ideaUrl = author.post(project.ideas(), "title", "Fest", "body", "Text.", "categoryId",
                firstCategory(project)).getResponse().getRedirectedUrl().replaceAll("\\?.*", "");

        MvcResult edit = author.post(ideaUrl + "/bearbeiten", "title", "Geändert", "body", "Text.");

        assertThat(edit.getResponse().getStatus()).isEqualTo(403);
        assertThat(body(edit)).contains("kann nicht mehr bearbeitet werden");
    }

    // --- helpers ---

    Browser initiatorOf(TestProject project) throws Exception {
        long organisation = jdbc.sql("select organisation_id from project where id = ?").param(project.id())
                .query(Long.class).single();
        var account = data.account();
        jdbc.sql("insert into membership (organisation_id, account_id, role) values (?, ?, 'INITIATOR')")
                .params(organisation, account.id()).update();
        return Browser.loggedIn(mvc, account);
    }

    String setupUrl(TestProject project) {
        return "/verwaltung/phasen/" + project.phaseIds().get(0) + "/ideen";
    }

    String firstCategory(TestProject project) throws Exception {
        new Browser(mvc).get(project.url());
        return String.valueOf(jdbc.sql("select min(id) from idea_category where project_id = ?").param(project.id())
                .query(Long.class).single());
    }

    long count(TestProject project) {
        return jdbc.sql("select count(*) from idea where project_id = ?").param(project.id()).query(Long.class)
                .single();
    }

    static byte[] jpegWithComment(String comment, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        byte[] plain = out.toByteArray();
        // a COM segment right after SOI, where cameras put their metadata
        byte[] text = comment.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream withComment = new ByteArrayOutputStream();
        withComment.write(plain, 0, 2);
        withComment.write(0xFF);
        withComment.write(0xFE);
        withComment.write((text.length + 2) >> 8);
        withComment.write((text.length + 2) & 0xFF);
        withComment.write(text);
        withComment.write(plain, 2, plain.length - 2);
        return withComment.toByteArray();
    }
}
