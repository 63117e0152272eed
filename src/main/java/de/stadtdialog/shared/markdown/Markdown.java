package de.stadtdialog.shared.markdown;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Renders user-written Markdown to HTML and sanitises the result: raw HTML in the source is
 * escaped, and whatever survives rendering passes an allow-list, so script, event handlers and
 * javascript: links never reach a page.
 */
@Component
public class Markdown {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h2", "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("id").onElements("h2", "h3", "h4", "h5", "h6")
            .allowAttributes("href").onElements("a")
            .allowAttributes("start").onElements("ol")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private final Parser parser = Parser.builder()
            .extensions(List.of(HeadingAnchorExtension.create()))
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(HeadingAnchorExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    /** Renders text that stands directly under the page title: its headings start at h2. */
    public SafeHtml render(String markdown) {
        return render(markdown, 2);
    }

    /**
     * Renders text that stands inside a section of a page, whose own heading has level
     * {@code topLevel - 1}: the page has exactly one h1, and headings written by users never
     * climb above the section they are in.
     */
    public SafeHtml render(String markdown, int topLevel) {
        if (markdown == null || markdown.isBlank()) {
            return SafeHtml.EMPTY;
        }
        String html = renderer.render(parser.parse(lowerHeadings(markdown, topLevel)));
        return new SafeHtml(POLICY.sanitize(html));
    }

    private static String lowerHeadings(String markdown, int topLevel) {
        return Pattern.compile("(?m)^(#{1,6})(?=\\s)").matcher(markdown)
                .replaceAll(match -> "#".repeat(Math.max(match.group(1).length(), topLevel)));
    }
}
