package de.stadtdialog.idea.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Remembers what is expensive to count in a big collection, on this node only.
 * <ul>
 * <li>Values that depend only on which ideas exist (the list's total, the map's cluster grid) are
 * keyed by the collection's version, which every change to an idea raises: they are never stale.</li>
 * <li>The collection's totals also count comments and supports, which change with every click;
 * they are kept for a few seconds, which nobody reading them can tell from live.</li>
 * </ul>
 * Several nodes each keep their own; the version lives in the database, so they agree.
 */
@Component
class IdeaCache {

    static final Duration TOTALS_FOR = Duration.ofSeconds(5);
    private static final int MAX_ENTRIES = 5_000;

    private final Clock clock;
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    IdeaCache(Clock clock) {
        this.clock = clock;
    }

    private record Entry(long version, Instant at, Object value) {
    }

    /** The value for the key as of this version of the collection, computed once per version. */
    @SuppressWarnings("unchecked")
    <T> T versioned(Object key, long version, Supplier<T> compute) {
        Entry entry = entries.get(key);
        if (entry != null && entry.version() == version) {
            return (T) entry.value();
        }
        T value = compute.get();
        put(key, new Entry(version, clock.instant(), value));
        return value;
    }

    /** The value for the key, computed again when it is older than the given time. */
    @SuppressWarnings("unchecked")
    <T> T recent(Object key, Duration maxAge, Supplier<T> compute) {
        Entry entry = entries.get(key);
        Instant now = clock.instant();
        if (entry != null && entry.at().plus(maxAge).isAfter(now)) {
            return (T) entry.value();
        }
        T value = compute.get();
        put(key, new Entry(0, now, value));
        return value;
    }

    /** Forgets one value, e.g. after a change made on this node that its readers expect at once. */
    void forget(Object key) {
        entries.remove(key);
    }

    private void put(Object key, Entry entry) {
        if (entries.size() >= MAX_ENTRIES) {
            // searches make many keys; rather than track use, start over, which costs one query each
            entries.clear();
        }
        entries.put(key, entry);
    }

    /** Keys name their collection, so {@link #forget} finds them. */
    interface Keyed {
        long projectId();
    }
}
