package de.stadtdialog.shared.markdown;

import java.util.List;

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

    public SafeHtml render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return SafeHtml.EMPTY;
        }
        String html = renderer.render(parser.parse(shiftHeadings(markdown)));
        return new SafeHtml(POLICY.sanitize(html));
    }

    /** A page has exactly one h1 (its title), so headings written by users start at h2. */
    private static String shiftHeadings(String markdown) {
        return markdown.replaceAll("(?m)^# ", "## ");
    }
}
