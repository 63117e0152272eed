package de.stadtdialog.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A person's browser over real HTTP, for flows that leave the platform (an identity provider): keeps
 * cookies, follows redirects one by one and remembers each hop, and sends forms with the hidden
 * fields the page gave them (the CSRF token).
 */
class HttpVisitor {

    /** One answer on the way: the address asked and what came back. */
    record Hop(URI uri, int status, String location) {
    }

    /** The page the visitor ends on, with the redirects that led there. */
    record Page(URI uri, int status, HttpHeaders headers, String body, List<Hop> hops) {

        Document html() {
            return Jsoup.parse(body, uri.toString());
        }

        String text() {
            return html().text();
        }

        String path() {
            return uri.getPath();
        }
    }

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private String language = "de";

    /** From now on the browser asks for pages in this language. */
    HttpVisitor speaking(String languageTag) {
        this.language = languageTag;
        return this;
    }

    Page get(String url) throws IOException, InterruptedException {
        return follow(HttpRequest.newBuilder(URI.create(url)).GET(), new ArrayList<>());
    }

    /** Sends the form on the page whose action ends with {@code action}, with its hidden fields. */
    Page submit(Page page, String action, String... nameValuePairs) throws IOException, InterruptedException {
        Element form = page.html().select("form").stream()
                .filter(candidate -> candidate.absUrl("action").endsWith(action)
                        || candidate.attr("action").endsWith(action))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No form for " + action + " on " + page.uri() + ":\n" + page.body()));
        StringJoiner body = new StringJoiner("&");
        for (Element hidden : form.select("input[type=hidden]")) {
            body.add(encode(hidden.attr("name")) + "=" + encode(hidden.attr("value")));
        }
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            body.add(encode(nameValuePairs[i]) + "=" + encode(nameValuePairs[i + 1]));
        }
        String target = form.absUrl("action").isEmpty() ? page.uri().toString() : form.absUrl("action");
        return follow(HttpRequest.newBuilder(URI.create(target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), new ArrayList<>());
    }

    /**
     * Posts to an address the page offers no form for, as a hand-made request would, with the
     * page's CSRF token.
     */
    Page post(Page page, String url, String... nameValuePairs) throws IOException, InterruptedException {
        Element csrf = page.html().selectFirst("input[name=_csrf]");
        StringJoiner body = new StringJoiner("&");
        body.add("_csrf=" + encode(csrf == null ? "" : csrf.attr("value")));
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            body.add(encode(nameValuePairs[i]) + "=" + encode(nameValuePairs[i + 1]));
        }
        return follow(HttpRequest.newBuilder(page.uri().resolve(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), new ArrayList<>());
    }

    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private Page follow(HttpRequest.Builder request, List<Hop> hops) throws IOException, InterruptedException {
        HttpRequest sent = request.timeout(Duration.ofSeconds(20))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", language)
                .build();
        HttpResponse<String> response = http.send(sent, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String location = response.headers().firstValue("Location").orElse(null);
        hops.add(new Hop(sent.uri(), response.statusCode(), location));
        if (response.statusCode() / 100 == 3 && location != null) {
            if (hops.size() > 15) {
                throw new AssertionError("Too many redirects: " + hops);
            }
            return follow(HttpRequest.newBuilder(sent.uri().resolve(location)).GET(), hops);
        }
        return new Page(sent.uri(), response.statusCode(), response.headers(), response.body(), List.copyOf(hops));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
