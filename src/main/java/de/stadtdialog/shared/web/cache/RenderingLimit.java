package de.stadtdialog.shared.web.cache;

import java.io.IOException;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most so many requests are worked on at once; the others wait their turn. With virtual threads
 * every open connection may run a request, and 2,000 visitors arriving at once would each hold a
 * half-built page in memory while they wait for one of the database's few connections: the heap fills
 * and the collector takes over. Pages from {@link PublicPageCache} do not count (this filter runs after
 * it), so a burst of readers of cached pages is never held up.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class RenderingLimit extends OncePerRequestFilter {

    private final Semaphore permits;

    RenderingLimit(@Value("${stadtdialog.web.max-concurrent-requests:64}") int limit) {
        this.permits = new Semaphore(Math.max(1, limit), true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}
