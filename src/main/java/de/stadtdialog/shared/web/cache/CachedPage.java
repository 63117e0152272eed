package de.stadtdialog.shared.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered page with the headers it was sent with (no cookies), its entity tag and age, and its bytes
 * compressed once with gzip (null when the page is too small to gain from it), so that a visitor's
 * browser gets them without compressing the page again for every request.
 */
record CachedPage(long generation, Instant storedAt, Instant lastModified, String etag, String contentType, byte[] body,
        byte[] gzipped, Map<String, List<String>> headers) {

    /** Below this, compression saves less than the header costs (Tomcat's own threshold). */
    static final int COMPRESS_FROM = 2048;

    static byte[] gzip(byte[] body) {
        if (body.length < COMPRESS_FROM) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
