package de.stadtdialog.survey.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The results page as visitors without an account see it, rendered once per count: while the kept
 * count of a survey stays the same object, every visitor gets the same bytes. Only the addresses the
 * page itself links to (a channel, a breakdown) are kept, so made-up query strings cannot fill memory.
 */
@Component
class ResultsPages {

    private static final Pattern KEPT_QUERY = Pattern.compile("(kanal=(online|papier|kiosk))?&?(nach=\\d+)?");

    private record Rendered(Object results, Object totals, String html) {
    }

    private final Map<String, Rendered> pages = new ConcurrentHashMap<>();

    /**
     * @param results and {@code totals}: the kept count the page shows; a new count renders anew
     * @param render renders the page, for the first visitor after a new count
     */
    String page(long phaseId, String query, String lang, Object results, Object totals, Supplier<String> render) {
        if (query != null && !KEPT_QUERY.matcher(query).matches()) {
            return render.get();
        }
        String key = phaseId + "?" + (query == null ? "" : query) + "#" + lang;
        Rendered kept = pages.get(key);
        if (kept != null && kept.results() == results && kept.totals() == totals) {
            return kept.html();
        }
        String html = render.get();
        pages.put(key, new Rendered(results, totals, html));
        return html;
    }
}
