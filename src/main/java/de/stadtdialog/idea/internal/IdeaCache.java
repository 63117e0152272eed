package de.stadtdialog.idea.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
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
    private final Map<Object, ReentrantLock> locks = new ConcurrentHashMap<>();

    IdeaCache(Clock clock) {
        this.clock = clock;
    }

    private record Entry(long version, Instant at, Object value) {
    }

    /** The value for the key as of this version of the collection, computed once per version. */
    <T> T versioned(Object key, long version, Supplier<T> compute) {
        return get(key, entry -> entry.version() == version, version, compute);
    }

    /** The value for the key, computed again when it is older than the given time. */
    <T> T recent(Object key, Duration maxAge, Supplier<T> compute) {
        return get(key, entry -> entry.at().plus(maxAge).isAfter(clock.instant()), 0, compute);
    }

    /**
     * One reader computes a missing or outdated value; the others meanwhile get the outdated one,
     * or wait for the first one when there is none, so a burst of readers never counts a big
     * collection many times at once.
     */
    @SuppressWarnings("unchecked")
    private <T> T get(Object key, java.util.function.Predicate<Entry> current, long version, Supplier<T> compute) {
        Entry entry = entries.get(key);
        if (entry != null && current.test(entry)) {
            return (T) entry.value();
        }
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        if (entry != null) {
            if (!lock.tryLock()) {
                return (T) entry.value();
            }
        } else {
            lock.lock();
        }
        try {
            Entry again = entries.get(key);
            if (again != null && current.test(again)) {
                return (T) again.value();
            }
            T value = compute.get();
            put(key, new Entry(version, clock.instant(), value));
            return value;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets one value, e.g. after a change made on this node that its readers expect at once. */
    void forget(Object key) {
        entries.remove(key);
    }

    private void put(Object key, Entry entry) {
        if (entries.size() >= MAX_ENTRIES) {
            // searches make many keys; rather than track use, start over, which costs one query each
            entries.clear();
            locks.clear();
        }
        entries.put(key, entry);
    }

    /** Keys name their collection, so {@link #forget} finds them. */
    interface Keyed {
        long projectId();
    }
}
