package de.stadtdialog.shared.web.cache;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A rendered page with the headers it was sent with (no cookies), its entity tag and age. */
record CachedPage(long generation, Instant storedAt, Instant lastModified, String etag, String contentType, byte[] body,
        Map<String, List<String>> headers) {
}
