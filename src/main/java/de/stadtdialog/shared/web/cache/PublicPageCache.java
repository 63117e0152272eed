package de.stadtdialog.shared.web.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
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
 */
@Component
public class PublicPageCache {

    static final String CHANNEL = "public-pages";

    private final Clock clock;
    private final Duration timeToLive;
    private final Duration settle;
    private final long maxBytes;
    private final AtomicLong generation = new AtomicLong();
    private volatile Instant changedAt;
    private volatile boolean changed;
    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
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
                    generation.incrementAndGet();
                    pages.clear();
                    bytes = 0;
                }
            }
        }
    }

    /** When the pages now served were last changed, for Last-Modified. */
    Instant changedAt() {
        return changedAt;
    }

    CachedPage find(String key) {
        long current = generation();
        Instant now = clock.instant();
        synchronized (pages) {
            CachedPage page = pages.get(key);
            if (page == null) {
                return null;
            }
            if (page.generation() != current || page.storedAt().plus(timeToLive).isBefore(now)) {
                remove(key);
                return null;
            }
            return page;
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
