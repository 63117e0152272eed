package de.stadtdialog.shared.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.stadtdialog.support.IntegrationTest;

/**
 * When a popular page changes, one request renders it anew and the readers arriving meanwhile get the
 * copy from before the change instead of all rendering it at once.
 */
@IntegrationTest
class OutdatedPagesTest {

    @Autowired
    PublicPageCache cache;

    private CachedPage page(String text) {
        byte[] body = text.getBytes();
        return new CachedPage(cache.generation(), cache.now(), Instant.now(), "\"" + text + "\"", "text/html", body,
                CachedPage.gzip(body), Map.of());
    }

    @Test
    void whileOneRequestRendersAChangedPageOthersGetTheCopyFromBefore() {
        String key = "http /bench-" + System.nanoTime() + " de";
        cache.store(key, page("before"));
        assertThat(cache.find(key).page().etag()).isEqualTo("\"before\"");

        cache.invalidate();
        PublicPageCache.Lookup renderer = cache.find(key);
        PublicPageCache.Lookup meanwhile = cache.find(key);

        assertThat(renderer.page()).as("the first reader after the change renders").isNull();
        assertThat(renderer.claimed()).isTrue();
        assertThat(meanwhile.page().etag()).as("a reader during the rendering").isEqualTo("\"before\"");

        cache.store(key, page("after"));
        cache.rendered(key);
        assertThat(cache.find(key).page().etag()).isEqualTo("\"after\"");
    }

    @Test
    void theFirstReaderAfterAChangeAlwaysRendersSoAReloadShowsTheChange() {
        String key = "http /bench-" + System.nanoTime() + " de";
        cache.store(key, page("before"));
        cache.invalidate();

        PublicPageCache.Lookup reader = cache.find(key);
        cache.rendered(key);
        PublicPageCache.Lookup nextReader = cache.find(key);

        assertThat(reader.page()).isNull();
        assertThat(nextReader.page()).as("nothing stored yet: the next reader renders too").isNull();
        assertThat(nextReader.claimed()).isTrue();
        cache.rendered(key);
    }

    @Test
    void aPageThatIsGoneIsNotSentAsAnOldCopy() {
        String key = "http /bench-" + System.nanoTime() + " de";
        cache.store(key, page("before"));
        cache.invalidate();
        PublicPageCache.Lookup renderer = cache.find(key);

        cache.forget(key);

        assertThat(cache.find(key).page()).isNull();
        cache.rendered(key);
        assertThat(renderer.claimed()).isTrue();
    }

    @Test
    void browsersThatAcceptGzipAreToldSoOthersAreNot() {
        assertThat(PublicPageFilter.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(PublicPageFilter.acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1")).isTrue();
        assertThat(PublicPageFilter.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PublicPageFilter.acceptsGzip("identity")).isFalse();
        assertThat(PublicPageFilter.acceptsGzip(null)).isFalse();
    }
}
