package de.stadtdialog.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();

    /** Stands for the application itself; nothing may ever connect to it during rendering. */
    private ServerSocket app;
    /** Stands for someone else's server on the internet. */
    private ServerSocket elsewhere;

    @BeforeEach
    void listen() throws IOException {
        app = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        elsewhere = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void close() throws IOException {
        app.close();
        elsewhere.close();
    }

    @Test
    void germanTextIsExtractableFromTheReport() throws IOException {
        try (PDDocument pdf = render(report())) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text)
                    .contains("Ergebnisbericht Bürgerbeteiligung", "Straßenbäume")
                    .contains("Größere Grünflächen für die Südstadt")
                    .contains("„Mehr Schatten an heißen Tagen“")
                    .contains("Übersicht der Rückmeldungen")
                    .contains("Weißdorn")
                    .contains("Öffentliche Sitzung des Gemeinderats");
        }
    }

    @Test
    void reportIsTaggedWithHeadingsAndTables() throws IOException {
        try (PDDocument pdf = render(report())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();

            Set<String> types = structureTypes(pdf.getDocumentCatalog().getStructureTreeRoot());
            assertThat(types).contains("H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "L", "LI", "Figure");
        }
    }

    @Test
    void titleAndLanguageComeFromTheHtml() throws IOException {
        try (PDDocument pdf = render(report())) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Ergebnisbericht Straßenbäume");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("Ergebnisse der Beteiligung zu Straßenbäumen");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("de");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void everyFontInTheFileIsEmbeddedStadtdialogSans() throws IOException {
        try (PDDocument pdf = render(report())) {
            List<COSDictionary> fonts = simpleFontsAndDescendants(pdf);

            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                String name = font.getNameAsString(COSName.BASE_FONT);
                assertThat(name).contains("LiberationSans");
                COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
                assertThat(descriptor).as(name).isNotNull();
                assertThat(descriptor.containsKey(COSName.FONT_FILE) || descriptor.containsKey(COSName.FONT_FILE2)
                        || descriptor.containsKey(COSName.FONT_FILE3)).as(name + " embedded").isTrue();
            });
        }
    }

    @Test
    void reportIdentifiesItselfAsPdfA2uAndPdfUa() throws IOException {
        try (PDDocument pdf = render(report())) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);

            assertThat(xmp).containsPattern("pdfaid:part[^0-9]{1,3}2").containsPattern("pdfaid:conformance[^A-Z]{1,3}U")
                    .containsPattern("pdfuaid:part[^0-9]{1,3}1");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();
        }
    }

    @Test
    void imagesOfTheApplicationComeFromTheHook() throws IOException {
        List<String> asked = new ArrayList<>();
        LocalResources resources = path -> {
            asked.add(path);
            return path.equals("/dateien/baumplan") ? Optional.of(png()) : Optional.empty();
        };

        try (PDDocument pdf = render(report(), resources)) {
            assertThat(asked).contains("/dateien/baumplan");
            assertThat(images(pdf.getPage(0))).hasSize(1);
        }
    }

    @Test
    void remoteImagesAreNeverFetched() throws IOException {
        String html = """
                <!DOCTYPE html>
                <html lang="de"><head><title>Bilder</title></head><body>
                <h1>Bilder</h1>
                <img src="http://127.0.0.1:%d/fremd.png" alt="Fremdes Bild">
                <img src="/dateien/unbekannt" alt="Unbekannte Datei">
                <img src="file:///etc/hostname" alt="Lokale Datei">
                <link rel="stylesheet" href="http://127.0.0.1:%d/fremd.css">
                </body></html>""".formatted(elsewhere.getLocalPort(), elsewhere.getLocalPort());

        try (PDDocument pdf = render(html, LocalResources.NONE)) {
            assertThat(images(pdf.getPage(0))).isEmpty();
        }
        assertNobodyConnectedTo(elsewhere);
        assertNobodyConnectedTo(app);
    }

    @Test
    void plainHtml5WithUnclosedElementsIsAccepted() throws IOException {
        String html = "<!doctype html><html lang=de><title>Kurz</title><p>Erster Absatz<p>Zweiter Absatz<br>mit Umbruch";

        try (PDDocument pdf = render(html, LocalResources.NONE)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Erster Absatz", "Zweiter Absatz");
        }
    }

    private PDDocument render(String html) throws IOException {
        return render(html, path -> path.equals("/dateien/baumplan") ? Optional.of(png()) : Optional.empty());
    }

    private PDDocument render(String html, LocalResources resources) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(html, "http://127.0.0.1:" + app.getLocalPort() + "/", resources, out);
        return Loader.loadPDF(out.toByteArray());
    }

    private String report() {
        return """
                <!DOCTYPE html>
                <html lang="de">
                <head>
                  <meta charset="utf-8">
                  <title>Ergebnisbericht Straßenbäume</title>
                  <meta name="subject" content="Ergebnisse der Beteiligung zu Straßenbäumen">
                  <style>body { font-family: "Stadtdialog Sans", sans-serif; } th { font-weight: bold; }</style>
                </head>
                <body>
                  <h1>Ergebnisbericht Bürgerbeteiligung Straßenbäume</h1>
                  <p>Die Stadt hat vom 1. bis 31. März gefragt, wo neue Bäume gepflanzt werden sollen.
                     Häufigster Wunsch: „Mehr Schatten an heißen Tagen“.</p>
                  <h2>Größere Grünflächen für die Südstadt</h2>
                  <p><em>Zusammenfassung</em> der <strong>Rückmeldungen</strong> aus allen Stadtteilen.</p>
                  <img src="/dateien/baumplan" alt="Plan der vorgeschlagenen Standorte">
                  <img src="http://127.0.0.1:%d/logo.png" alt="Logo eines fremden Servers">
                  <h3>Übersicht der Rückmeldungen</h3>
                  <table>
                    <thead><tr><th scope="col">Baumart</th><th scope="col">Stimmen</th></tr></thead>
                    <tbody>
                      <tr><td>Weißdorn</td><td>42</td></tr>
                      <tr><td>Spitzahorn</td><td>17</td></tr>
                    </tbody>
                  </table>
                  <h3>Nächste Schritte</h3>
                  <ul>
                    <li>Prüfung durch das Grünflächenamt</li>
                    <li>Öffentliche Sitzung des Gemeinderats</li>
                  </ul>
                </body>
                </html>""".formatted(elsewhere.getLocalPort());
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.GREEN);
        graphics.fillRect(0, 0, 40, 20);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void assertNobodyConnectedTo(ServerSocket server) throws IOException {
        server.setSoTimeout(200);
        assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
    }

    private static Set<String> structureTypes(PDStructureNode node) {
        Set<String> types = new HashSet<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                types.addAll(structureTypes(element));
            }
        }
        return types;
    }

    /** Every font object in the file, not only those a page refers to; a composite font counts by its parts. */
    private static List<COSDictionary> simpleFontsAndDescendants(PDDocument pdf) {
        List<COSDictionary> fonts = new ArrayList<>();
        for (COSObject object : pdf.getDocument().getObjectsByType(COSName.FONT)) {
            COSDictionary font = (COSDictionary) object.getObject();
            if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) {
                fonts.add(font);
            }
        }
        return fonts;
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }
}
