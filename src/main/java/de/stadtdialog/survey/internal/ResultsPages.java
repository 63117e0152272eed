package de.stadtdialog.survey.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The results page as visitors without an account see it, rendered once per count: while the kept
 * count of a survey stays the same object, every visitor gets the same bytes, also compressed once.
 * Only the addresses the page itself links to (a channel, a breakdown) are kept, so made-up query
 * strings cannot fill memory.
 */
@Component
class ResultsPages {

    /** About 40 KB each: a few hundred pages keep the heap small however many surveys a city runs. */
    static final int MAX_PAGES = 300;

    private static final Pattern KEPT_QUERY = Pattern.compile("(kanal=(online|papier|kiosk))?&?(nach=\\d+)?");

    /** The page as sent: encoding it anew would cost as much as the rest of the request (the page cache compresses it). */
    record Page(byte[] html) {
    }

    private record Rendered(Object results, Object totals, Page page) {
    }

    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();

    /**
     * @param results and {@code totals}: the kept count the page shows; a new count renders anew
     * @param render renders the page, for the first visitor after a new count
     * @return the page, or null when this address is not kept (the caller renders it itself)
     */
    Page page(long phaseId, String query, String lang, Object results, Object totals, Supplier<String> render) {
        if (query != null && !KEPT_QUERY.matcher(query).matches()) {
            return null;
        }
        String key = phaseId + "?" + (query == null ? "" : query) + "#" + lang;
        Rendered kept = pages.get(key);
        if (kept != null && kept.results() == results && kept.totals() == totals) {
            return kept.page();
        }
        byte[] html = render.get().getBytes(StandardCharsets.UTF_8);
        Page page = new Page(html);
        if (pages.size() >= MAX_PAGES && !pages.containsKey(key)) {
            // any page may go: the next visitor of it renders it again
            pages.keySet().stream().findAny().ifPresent(pages::remove);
        }
        pages.put(key, new Rendered(results, totals, page));
        return page;
    }

    /** How many pages are kept now. */
    int kept() {
        return pages.size();
    }
}
