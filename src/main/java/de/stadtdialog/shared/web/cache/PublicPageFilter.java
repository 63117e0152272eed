package de.stadtdialog.shared.web.cache;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import de.stadtdialog.shared.web.Languages;

/**
 * Serves pages to visitors who only read from {@link PublicPageCache}, answers conditional requests
 * with 304, and tells the cache after every write that something may have changed.
 *
 * <p>A request is served from the cache only when it carries no cookie but the language choice, no
 * credentials and no language switch; a response is kept only when it is a 200 with a page, a feed
 * or data, sets no cookie (so no session and no form token is in it) and was not streamed. Everything
 * else passes through untouched, and is marked as not to be stored anywhere.
 *
 * <p>It runs before the security chain and the session repository: a cached page costs a map lookup.
 * The headers the chain wrote on the first rendering (the Content-Security-Policy among them) are kept
 * with the page and sent again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PublicPageFilter extends OncePerRequestFilter {

    private static final String NOT_STORED = "no-cache, no-store, max-age=0, must-revalidate";
    private static final String REVALIDATE = "no-cache";
    private static final int LIMIT = 1024 * 1024;
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "date",
            "transfer-encoding", "content-encoding", "vary", "content-type", "cache-control", "etag", "last-modified", "pragma", "expires", "x-accel-expires");
    private static final List<String> PRIVATE_PATHS = List.of("/verwaltung", "/konto", "/benachrichtigungen",
            "/actuator", "/anmelden", "/registrieren", "/abmelden");
    private static final List<String> ASSET_PATHS = List.of("/css/", "/js/", "/img/", "/webjars/", "/dateien/",
            "/favicon");
    private static final List<String> KEPT_TYPES = List.of("text/html", "application/json", "application/geo+json",
            "text/calendar", "application/xml", "application/rss+xml", "application/atom+xml");

    private final PublicPageCache cache;
    private final int proxySeconds;

    PublicPageFilter(PublicPageCache cache, @Value("${stadtdialog.page-cache.proxy-seconds:2}") int proxySeconds) {
        this.cache = cache;
        this.proxySeconds = proxySeconds;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (!read) {
            try {
                chain.doFilter(request, response);
            } finally {
                if (!method.equals("OPTIONS") && !method.equals("TRACE")) {
                    cache.invalidate();
                }
            }
            return;
        }
        if (isAsset(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, NOT_STORED);
        String key = cacheable(request) ? key(request) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        PublicPageCache.Lookup lookup = cache.find(key);
        if (lookup.page() != null) {
            CachedPage page = lookup.page();
            page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            response.setContentType(page.contentType());
            send(page, request, response);
            return;
        }
        try {
            render(key, request, response, chain);
        } finally {
            if (lookup.claimed()) {
                cache.rendered(key);
            }
        }
    }

    private void render(String key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long generation = cache.generation();
        Instant lastModified = cache.changedAt().truncatedTo(ChronoUnit.SECONDS);
        BufferedResponse buffered = new BufferedResponse(response, LIMIT);
        chain.doFilter(request, buffered);
        if (request.isAsyncStarted() || !buffered.buffered()) {
            cache.forget(key);
            buffered.passThrough();
            return;
        }
        byte[] body = buffered.body();
        if (!keepable(buffered, request.getMethod())) {
            cache.forget(key);
            response.setContentLength(body.length);
            if (!request.getMethod().equals("HEAD")) {
                response.getOutputStream().write(body);
            }
            return;
        }
        CachedPage page = new CachedPage(generation, cache.now(), lastModified, etag(body), buffered.getContentType(),
                body, CachedPage.gzip(body), headers(response));
        cache.store(key, page);
        send(page, request, response);
    }

    private static boolean isAsset(String uri) {
        return ASSET_PATHS.stream().anyMatch(uri::startsWith);
    }

    private static boolean cacheable(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (PRIVATE_PATHS.stream().anyMatch(uri::startsWith) || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getParameter("lang") != null) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("text/event-stream")) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!cookie.getName().equals(Languages.COOKIE)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Address, language and whether htmx asks for a fragment: everything an anonymous page varies by. */
    private static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        return (request.isSecure() ? "https " : "http ") + request.getRequestURI() + (query == null ? "" : "?" + query)
                + " " + language(request).getLanguage() + (request.getHeader("HX-Request") != null ? " htmx" : "");
    }

    private static Locale language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                for (Locale supported : Languages.SUPPORTED) {
                    if (cookie.getName().equals(Languages.COOKIE) && supported.toLanguageTag().equals(cookie.getValue())) {
                        return supported;
                    }
                }
            }
        }
        return Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static boolean keepable(BufferedResponse response, String method) {
        String type = response.getContentType();
        return method.equals("GET") && response.getStatus() == 200 && !response.setsCookie() && type != null
                && response.getHeader(HttpHeaders.CONTENT_ENCODING) == null
                && KEPT_TYPES.stream().anyMatch(type::startsWith)
                && !String.valueOf(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("private");
    }

    private void send(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATE);
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified().toEpochMilli());
        response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Accept-Language, Cookie, HX-Request");
        // nginx in front may keep the page for a moment (see README, "Several nodes")
        response.setHeader("X-Accel-Expires", Integer.toString(proxySeconds));
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        write(response, page.body(), page.gzipped(), request);
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.trim();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals(page.etag()) || candidate.equals("*")) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && page.lastModified().toEpochMilli() <= since;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The page as it is, or compressed once in advance for a browser that accepts gzip (Tomcat then leaves it). */
    private static void write(HttpServletResponse response, byte[] body, byte[] gzipped, HttpServletRequest request)
            throws IOException {
        byte[] sent = body;
        if (gzipped != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            sent = gzipped;
        }
        response.setContentLength(sent.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(sent);
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.trim().split(";");
            if (coding[0].trim().equalsIgnoreCase("gzip")) {
                for (int i = 1; i < coding.length; i++) {
                    String parameter = coding[i].trim().replace(" ", "");
                    if (parameter.equals("q=0") || parameter.matches("q=0\\.0*")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static Map<String, List<String>> headers(HttpServletResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT)) && !headers.containsKey(name)) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        return headers;
    }

    /** A strong entity tag from the page's bytes (64-bit FNV-1a: cheap, and collisions only cost a re-render). */
    private static String etag(byte[] body) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : body) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return "\"" + Long.toHexString(hash) + Integer.toHexString(body.length) + "\"";
    }
}
