package de.stadtdialog.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import de.stadtdialog.event.EventDraft;
import de.stadtdialog.event.EventKind;
import de.stadtdialog.event.Events;
import de.stadtdialog.idea.Ideas;
import de.stadtdialog.permission.OrgRole;
import de.stadtdialog.support.Browser;
import de.stadtdialog.support.IntegrationTest;
import de.stadtdialog.support.TestData;
import de.stadtdialog.support.TestData.TestOrganisation;
import de.stadtdialog.support.TestData.TestProject;

/** Uploads are judged by their content, never by name or declared type, and stored as bytes we wrote. */
@IntegrationTest
class UploadTest {

    private static final String NOT_AN_IMAGE = "konnte nicht als Bild gelesen werden";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Ideas ideas;
    @Autowired
    Events events;

    @Test
    void htmlOrSvgDressedAsAnImageIsRefusedWithAMessage() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String html = send(citizen, project, new MockMultipartFile("image", "bild.png", "image/png",
                "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8)));
        String svg = send(citizen, project, new MockMultipartFile("image", "bild.svg", "image/svg+xml",
                ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script>"
                        + "<rect width=\"10\" height=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8)));

        assertThat(html).contains(NOT_AN_IMAGE, "Text bleibt.");
        assertThat(svg).contains(NOT_AN_IMAGE, "Text bleibt.");
        assertThat(storedKeys(project)).isEmpty();
    }

    @Test
    void aPngNamedPdfIsTakenForWhatItIsAndAPolyglotLosesItsScript() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());
        byte[] polyglot = concat(Images.png(20, 10),
                "<html><body><script>alert(document.domain)</script></body></html>".getBytes(StandardCharsets.UTF_8));

        citizen.upload(project.ideas(), new MockMultipartFile("image", "dokument.pdf", "application/pdf",
                Images.png(8, 8)), "title", "Als PDF benannt", "body", "Ein Bild.", "categoryId", category(project),
                "imageAlt", "Ein Muster");
        citizen.upload(project.ideas(), new MockMultipartFile("image", "bild.png", "image/png", polyglot),
                "title", "Polyglott", "body", "Ein Bild mit Anhang.", "categoryId", category(project), "imageAlt",
                "Ein Muster");

        List<String> keys = storedKeys(project);
        assertThat(keys).hasSize(2).allMatch(key -> key.endsWith(".png") || key.endsWith(".jpg"));
        for (String key : keys) {
            MockHttpServletResponse file = mvc.perform(MockMvcRequestBuilders.get("/dateien/" + key)).andReturn()
                    .getResponse();
            assertThat(file.getContentType()).startsWith("image/");
            assertThat(new String(file.getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                    .doesNotContain("<script", "<html");
        }
    }

    @Test
    void anImageClaimingBillionsOfPixelsIsRefusedBeforeItIsDecoded() throws Exception {
        TestProject project = collecting();
        Browser citizen = Browser.loggedIn(mvc, data.account());

        String page = send(citizen, project, new MockMultipartFile("image", "bombe.png", "image/png",
                pngHeader(40_000, 40_000)));

        assertThat(page).contains("zu viele Bildpunkte", "Text bleibt.");
        assertThat(storedKeys(project)).isEmpty();
    }

    @Test
    void aDocumentMustBeAPdfByContent() throws Exception {
        TestOrganisation organisation = data.organisation();
        Browser initiator = Browser.loggedIn(mvc, data.member(organisation, OrgRole.INITIATOR));
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        long event = events.create(new EventDraft(organisation.id(), null, "Infoabend", "Vorstellung.",
                EventKind.ONLINE, start, start.plus(1, ChronoUnit.HOURS), null, null, null, null,
                "https://meet.example.org/raum", false, false, false, null, false, null));

        String png = Browser.body(initiator.upload("/verwaltung/veranstaltungen/" + event + "/dokumente",
                new MockMultipartFile("file", "protokoll.pdf", "application/pdf", Images.png(4, 4)), "kind",
                "DOCUMENT", "title", "Protokoll"));
        String html = Browser.body(initiator.upload("/verwaltung/veranstaltungen/" + event + "/dokumente",
                new MockMultipartFile("file", "protokoll.pdf", "application/pdf",
                        "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)), "kind", "DOCUMENT",
                "title", "Protokoll"));

        assertThat(png).contains("Bitte laden Sie ein PDF bis 20 MB hoch.");
        assertThat(html).contains("Bitte laden Sie ein PDF bis 20 MB hoch.");
        assertThat(jdbc.sql("select count(*) from event_document where event_id = ?").param(event).query(Long.class)
                .single()).isZero();
    }

    private TestProject collecting() {
        TestProject project = data.project(data.organisation()).area(TestData.DOWNTOWN)
                .ideaPhase("Ideen sammeln", "collect", -2, 10).create();
        ideas.setUp(project.id(), List.of(), List.of());
        return project;
    }

    private String category(TestProject project) {
        return String.valueOf(jdbc.sql("select min(id) from idea_category where project_id = ?").param(project.id())
                .query(Long.class).single());
    }

    private String send(Browser citizen, TestProject project, MockMultipartFile file) throws Exception {
        return Browser.body(citizen.upload(project.ideas(), file, "title", "Mit Datei", "body", "Text bleibt.",
                "categoryId", category(project), "imageAlt", "Ein Bild"));
    }

    private List<String> storedKeys(TestProject project) {
        return jdbc.sql("select image_key from idea where project_id = ? and image_key is not null")
                .param(project.id()).query(String.class).list();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** A PNG whose header claims the size and whose data holds only a few rows: small on disk, huge in memory. */
    private static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream png = new DataOutputStream(out);
        png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] { 8, 0, 0, 0, 0 });
        chunk(png, "IHDR", header.toByteArray());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels)) {
            deflate.write(new byte[(width + 1) * 4]);
        }
        chunk(png, "IDAT", pixels.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(DataOutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        png.writeInt(data.length);
        png.write(name);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeInt((int) crc.getValue());
    }
}
