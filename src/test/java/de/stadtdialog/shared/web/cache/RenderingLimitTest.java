package de.stadtdialog.shared.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A burst of visitors is worked on a few at a time; the others wait their turn instead of failing. */
class RenderingLimitTest {

    @Test
    void requestsBeyondTheLimitWaitUntilOneIsDoneAndAreThenServed() throws Exception {
        RenderingLimit limit = new RenderingLimit(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        Thread[] visitors = new Thread[5];
        for (int i = 0; i < visitors.length; i++) {
            visitors[i] = new Thread(() -> {
                try {
                    limit.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
                            (request, response) -> {
                                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                try {
                                    release.await(5, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                inside.decrementAndGet();
                                served.incrementAndGet();
                            });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            visitors[i].start();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (inside.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200);
        assertThat(inside.get()).as("worked on while the first ones are busy").isEqualTo(2);

        release.countDown();
        for (Thread visitor : visitors) {
            visitor.join(5000);
        }

        assertThat(served.get()).as("everyone served in the end").isEqualTo(5);
        assertThat(most.get()).isEqualTo(2);
    }
}
