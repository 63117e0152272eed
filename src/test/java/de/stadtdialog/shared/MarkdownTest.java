package de.stadtdialog.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import de.stadtdialog.shared.markdown.Markdown;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void formattingAndLinksSurvive() {
        String html = markdown.render("Ein **wichtiger** Hinweis mit [Link](https://www.kaiserslautern.de).\n\n- eins\n- zwei")
                .html();
        assertThat(html).contains("<strong>wichtiger</strong>", "href=\"https://www.kaiserslautern.de\"", "<li>eins</li>");
    }

    @Test
    void scriptTagsAreShownAsTextNotRun() {
        String html = markdown.render("Hallo <script>alert('x')</script> Welt").html();
        assertThat(html).doesNotContain("<script").contains("Hallo");
    }

    @Test
    void eventHandlersAreRemoved() {
        String html = markdown.render("<img src=x onerror=alert(1)> und <a href=\"#\" onclick=\"alert(1)\">hier</a>")
                .html();
        assertThat(html).doesNotContain("onerror=", "onclick=", "<img");
    }

    @Test
    void javascriptLinksAreDisarmed() {
        String html = markdown.render("[Klick](javascript:alert(1)) und [auch](JaVaScRiPt:alert(2))").html();
        assertThat(html.toLowerCase()).doesNotContain("javascript:");
        assertThat(html).contains("Klick");
    }

    @Test
    void userHeadingsStartBelowThePageTitle() {
        assertThat(markdown.render("# Überschrift").html()).contains("<h2").doesNotContain("<h1");
    }

    @Test
    void headingsInsideASectionStayBelowTheSectionHeading() {
        String html = markdown.render("# Ziel\n\n## Weg\n\n#### Detail", 3).html();
        assertThat(html).contains("<h3 id=\"ziel\">", "<h3 id=\"weg\">", "<h4 id=\"detail\">").doesNotContain("<h2");
    }

    @Test
    void emptyTextRendersNothing() {
        assertThat(markdown.render(null).isEmpty()).isTrue();
        assertThat(markdown.render("  ").isEmpty()).isTrue();
    }
}
