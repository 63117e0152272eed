package de.stadtdialog.shared.web.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import de.stadtdialog.shared.cluster.ClusterSignals;

/**
 * Rendered pages for visitors who only read, kept until anything on the platform changes (on any
 * node) or the time to live passes, whichever comes first. The time to live covers what changes by
 * itself: a phase that starts today, "ends in 3 days".
 *
 * <p>One generation number stands for "everything as of the last change"; a change raises it, and an
 * entry of an older generation is never served. Changes raise it at most once per {@code settle}
 * (half a second): during a burst of 2,000 supports a second every page is rendered twice a second,
 * not 2,000 times, and a reader sees a change at most that late. The person who made the change never
 * waits: taking part starts a session, and requests with a session are never served from here. A page
 * whose rendering began before a change is stored with the generation it began with, so it is
 * dropped with the next rise.
 *
 * <p>An outdated page is not thrown away at once: while one request renders the page anew, the
 * others asking for it at the same moment get the outdated copy instead of rendering it too (when a
 * newspaper links a page, hundreds ask for it within the few milliseconds one rendering takes). So a
 * reader sees a change at most half a second plus one rendering late; the first request after a
 * quiet moment always renders, so someone who reloads after a change sees it. Copies older than the
 * time to live plus {@link #STALE_GRACE} are never served.
 */
@Component
public class PublicPageCache {

    static final String CHANNEL = "public-pages";
    /** How long past its time to live an outdated copy may still be sent while the page is rendered anew. */
    static final Duration STALE_GRACE = Duration.ofSeconds(10);

    /**
     * What the cache has for a request: a page to send (current, or outdated while another request renders
     * it), or none, and whether this request holds the claim to render the page (to give back with
     * {@link #rendered(String)}).
     */
    record Lookup(CachedPage page, boolean claimed) {
    }

    private final Clock clock;
    private final Duration timeToLive;
    private final Duration settle;
    private final long maxBytes;
    private final AtomicLong generation = new AtomicLong();
    private volatile Instant changedAt;
    private volatile boolean changed;
    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
    /** The pages some request is rendering right now. */
    private final Set<String> rendering = ConcurrentHashMap.newKeySet();
    private long bytes;
    private final ClusterSignals signals;

    PublicPageCache(Clock clock, ClusterSignals signals,
            @Value("${stadtdialog.page-cache.time-to-live:PT60S}") Duration timeToLive,
            @Value("${stadtdialog.page-cache.settle:PT0.5S}") Duration settle,
            @Value("${stadtdialog.page-cache.max-bytes:33554432}") long maxBytes) {
        this.clock = clock;
        this.signals = signals;
        this.timeToLive = timeToLive;
        this.settle = settle;
        this.maxBytes = maxBytes;
        this.changedAt = clock.instant().minus(settle);
        signals.on(CHANNEL, () -> changed = true);
    }

    /** Something public may have changed: every node drops its pages. */
    public void invalidate() {
        signals.signal(CHANNEL);
    }

    /** The generation a page rendered from now on belongs to. */
    long generation() {
        settle();
        return generation.get();
    }

    private void settle() {
        if (changed) {
            Instant now = clock.instant();
            synchronized (pages) {
                if (changed && !now.isBefore(changedAt.plus(settle))) {
                    changed = false;
                    changedAt = now;
                    // the pages stay as outdated copies: see the class comment
                    generation.incrementAndGet();
                }
            }
        }
    }

    /** When the pages now served were last changed, for Last-Modified. */
    Instant changedAt() {
        return changedAt;
    }

    Lookup find(String key) {
        long current = generation();
        Instant now = clock.instant();
        synchronized (pages) {
            CachedPage page = pages.get(key);
            if (page != null && page.generation() == current && !page.storedAt().plus(timeToLive).isBefore(now)) {
                return new Lookup(page, false);
            }
            boolean claimed = rendering.add(key);
            if (page != null && page.storedAt().plus(timeToLive).plus(STALE_GRACE).isBefore(now)) {
                remove(key);
                page = null;
            }
            return claimed || page == null ? new Lookup(null, claimed) : new Lookup(page, false);
        }
    }

    /** The request that claimed the page has rendered it (stored or not). */
    void rendered(String key) {
        rendering.remove(key);
    }

    /** The page is no longer one to keep (e.g. it is gone): no outdated copy of it is sent any more. */
    void forget(String key) {
        synchronized (pages) {
            remove(key);
        }
    }

    /** Keeps the page unless something changed since its rendering began. */
    void store(String key, CachedPage page) {
        if (page.body().length > maxBytes / 16) {
            return;
        }
        synchronized (pages) {
            if (page.generation() != generation.get()) {
                return;
            }
            CachedPage previous = pages.put(key, page);
            bytes += page.body().length - (previous == null ? 0 : previous.body().length);
            Iterator<Map.Entry<String, CachedPage>> eldest = pages.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().body().length;
                eldest.remove();
            }
        }
    }

    private void remove(String key) {
        CachedPage removed = pages.remove(key);
        if (removed != null) {
            bytes -= removed.body().length;
        }
    }

    Instant now() {
        return clock.instant();
    }
}
