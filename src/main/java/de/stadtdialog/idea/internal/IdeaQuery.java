package de.stadtdialog.idea.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor asked the idea list for: filters, search, order and page. It travels in the URL
 * (German parameter names), so every list state can be bookmarked and paging needs no session.
 *
 * @param seed the random order's seed, kept in the URL so that paging through a random order works
 */
public record IdeaQuery(Long categoryId, Long statusId, String text, Sort sort, int seed, int page) {

    static final int PAGE_SIZE = 20;

    public enum Sort {
        NEWEST("neueste"), SUPPORTED("unterstuetzt"), DISCUSSED("diskutiert"), RANDOM("zufall");

        final String param;

        public String param() {
            return param;
        }

        Sort(String param) {
            this.param = param;
        }

        static Sort of(String param) {
            return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst().orElse(NEWEST);
        }
    }

    static IdeaQuery of(String category, String status, String text, String sort, String seed, String page) {
        return new IdeaQuery(number(category), number(status), text == null ? "" : text.strip(), Sort.of(sort),
                seed == null || number(seed) == null ? 0 : (int) Math.floorMod(number(seed), 1_000_000L),
                Math.max(0, page == null || number(page) == null ? 0 : (int) Math.min(100_000, number(page) - 1)));
    }

    static IdeaQuery all() {
        return new IdeaQuery(null, null, "", Sort.NEWEST, 0, 0);
    }

    /** Search words, lower case, at most five, each at least two letters. */
    List<String> words() {
        return Arrays.stream(text.toLowerCase(Locale.GERMAN).split("\\s+"))
                .filter(w -> w.length() >= 2).limit(5).toList();
    }

    public boolean filtered() {
        return categoryId != null || statusId != null || !text.isEmpty();
    }

    int offset() {
        return page * PAGE_SIZE;
    }

    /** The URL of this query on another page of the list. */
    public String url(String base, int pageNumber) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
        if (categoryId != null) {
            uri.queryParam("kategorie", categoryId);
        }
        if (statusId != null) {
            uri.queryParam("status", statusId);
        }
        if (!text.isEmpty()) {
            uri.queryParam("suche", text);
        }
        if (sort != Sort.NEWEST) {
            uri.queryParam("sortierung", sort.param);
        }
        if (sort == Sort.RANDOM) {
            uri.queryParam("zufall", seed);
        }
        if (pageNumber > 1) {
            uri.queryParam("seite", pageNumber);
        }
        return uri.encode().build().toUriString();
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
