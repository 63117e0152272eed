package de.stadtdialog.idea.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class IdeaCacheTest {

    @Test
    void aBurstOfReadersCountsAMissingValueOnce() throws Exception {
        IdeaCache cache = new IdeaCache(Clock.systemUTC());
        AtomicInteger counted = new AtomicInteger();

        List<Long> values = inParallel(32, () -> cache.versioned("total", 1, () -> slowly(counted, 42L)));

        assertThat(values).hasSize(32).containsOnly(42L);
        assertThat(counted).hasValue(1);
    }

    @Test
    void whileOneReaderCountsAnOutdatedValueAgainTheOthersGetTheOutdatedOne() throws Exception {
        IdeaCache cache = new IdeaCache(Clock.systemUTC());
        AtomicInteger counted = new AtomicInteger();
        cache.versioned("total", 1, () -> 7L);

        List<Long> values = inParallel(16, () -> cache.versioned("total", 2, () -> slowly(counted, 8L)));

        assertThat(counted).hasValue(1);
        assertThat(values).contains(8L).allMatch(v -> v == 7L || v == 8L);
        assertThat((Long) cache.versioned("total", 2, () -> 99L)).isEqualTo(8L);
    }

    @Test
    void aRecentValueIsKeptForItsTimeAndThenCountedAgain() throws Exception {
        IdeaCache cache = new IdeaCache(Clock.systemUTC());

        cache.recent("totals", Duration.ofMinutes(1), () -> 1L);
        Long kept = cache.recent("totals", Duration.ofMinutes(1), () -> 2L);
        Long recounted = cache.recent("totals", Duration.ZERO, () -> 3L);

        assertThat(kept).isEqualTo(1L);
        assertThat(recounted).isEqualTo(3L);
    }

    private static Long slowly(AtomicInteger counted, long value) {
        counted.incrementAndGet();
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }

    private static List<Long> inParallel(int readers, Callable<Long> read) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Callable<Long>> calls = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                calls.add(read);
            }
            List<Long> values = new ArrayList<>();
            for (Future<Long> future : pool.invokeAll(calls)) {
                values.add(future.get());
            }
            return values;
        } finally {
            pool.shutdown();
        }
    }
}
