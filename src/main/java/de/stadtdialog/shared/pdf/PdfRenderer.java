package de.stadtdialog.shared.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Turns a printable HTML page into a tagged PDF (PDF/UA as far as openhtmltopdf goes) with its
 * fonts embedded, so the council receives the same report as the browser shows.
 *
 * <p>Every text is set in Liberation Sans, registered under the family name
 * {@value #FONT_FAMILY}; print style sheets should say
 * {@code font-family: "Stadtdialog Sans", sans-serif;}. Any other family, including the
 * generic ones, falls back to it as well, so no text ends up in a font that is not embedded.
 *
 * <p>The document title comes from {@code <title>}, the language from {@code <html lang>}, and a
 * {@code <meta name="subject">} becomes the description that PDF/UA asks for. Headings, tables,
 * lists and images with {@code alt} text become structure elements.
 *
 * <p>The renderer never opens a network connection. URLs are resolved against the application's
 * base URI; those that point into the application are handed to {@link LocalResources}, inline
 * {@code data:} URIs are read as they are, and everything else is left out. Links keep their
 * absolute target and stay clickable.
 */
@Component
public class PdfRenderer {

    public static final String FONT_FAMILY = "Stadtdialog Sans";

    private static final String FONT_FOLDER = "liberation/";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final byte[] regular = font("LiberationSans-Regular.ttf");
    private final byte[] bold = font("LiberationSans-Bold.ttf");
    private final byte[] italic = font("LiberationSans-Italic.ttf");
    private final byte[] boldItalic = font("LiberationSans-BoldItalic.ttf");

    /**
     * Writes the PDF for the given page to {@code out}, which stays open.
     *
     * @param html      a complete HTML5 document, as a JTE template renders it
     * @param baseUri   the application's public base, for example
     *                  {@code https://beteiligung.musterstadt.de/}: relative URLs resolve
     *                  against it, and URLs on its origin count as the application's own
     * @param resources supplies the bytes behind the application's own URLs
     */
    public void render(String html, String baseUri, LocalResources resources, OutputStream out) throws IOException {
        URI base = URI.create(baseUri);
        LocalOnly localOnly = new LocalOnly(base, resources);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_2_U)
                .useColorProfile(SRGB)
                .withProducer("Stadtdialog")
                .withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html, baseUri)), baseUri)
                .useProtocolsStreamImplementation(localOnly, "http", "https")
                .useExternalResourceAccessControl((uri, type) -> localOnly.allows(uri),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(out);
        useFont(builder, regular, 400, FontStyle.NORMAL);
        useFont(builder, bold, 700, FontStyle.NORMAL);
        useFont(builder, italic, 400, FontStyle.ITALIC);
        useFont(builder, boldItalic, 700, FontStyle.ITALIC);
        builder.run();
    }

    private static void useFont(PdfRendererBuilder builder, byte[] font, int weight, FontStyle style) {
        builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, weight, style, true,
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(FONT_FOLDER + name)) {
            return Objects.requireNonNull(in, "font missing from the classpath: " + name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stands in for openhtmltopdf's HTTP client: it answers from {@link LocalResources} and has
     * no way to reach the network. The access check in front of it also stops {@code file:},
     * {@code jar:} and {@code classpath:} URLs, which would otherwise be opened directly.
     */
    private record LocalOnly(URI base, LocalResources resources) implements FSStreamFactory {

        boolean allows(String uri) {
            return uri.startsWith("data:") || localPath(uri).isPresent();
        }

        @Override
        public FSStream getUrl(String uri) {
            byte[] bytes = localPath(uri).flatMap(resources::load).orElse(null);
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return bytes == null ? null : new ByteArrayInputStream(bytes);
                }

                @Override
                public Reader getReader() {
                    return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
                }
            };
        }

        private Optional<String> localPath(String uri) {
            try {
                URI target = new URI(uri);
                boolean sameOrigin = equalsIgnoreCase(target.getScheme(), base.getScheme())
                        && equalsIgnoreCase(target.getHost(), base.getHost())
                        && port(target) == port(base)
                        && target.getRawUserInfo() == null;
                if (!sameOrigin || target.getRawPath() == null) {
                    return Optional.empty();
                }
                return Optional.of(target.getRawQuery() == null
                        ? target.getRawPath()
                        : target.getRawPath() + "?" + target.getRawQuery());
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }

        private static boolean equalsIgnoreCase(String a, String b) {
            return a != null && b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
        }

        private static int port(URI uri) {
            if (uri.getPort() != -1) {
                return uri.getPort();
            }
            return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        }
    }
}
