package de.stadtdialog.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ParagraphNumberingTest {

    private static final String FIRST = """
            ## Ziele
            Die Stadt beteiligt früh.

            Die Stadt beteiligt alle.
            """;

    private static List<String> keys(ParagraphNumbering.Result result) {
        return result.paragraphs().stream().map(Paragraph::paragraphKey).toList();
    }

    @Test
    void aMovedParagraphKeepsItsNumberAndARemovedNumberIsNeverGivenAgain() {
        List<Paragraph> first = ParagraphNumbering.number(FIRST, List.of(), Map.of()).paragraphs();
        var second = ParagraphNumbering.number("""
                ## Ziele
                Die Stadt beteiligt alle.

                Ganz neuer Gedanke ohne gemeinsame Wörter.
                """, first, Map.of(0, 1, 1, 2));
        assertThat(keys(second)).containsExactly("1.2", "1.3");
    }

    @Test
    void aMarkerFixesTheNumberAndARenamedChapterKeepsItsPlace() {
        List<Paragraph> first = ParagraphNumbering.number(FIRST, List.of(), Map.of()).paragraphs();
        var second = ParagraphNumbering.number("""
                ## Unsere Ziele
                {#1.1} Völlig anders formuliert, aber derselbe Grundsatz.

                Die Stadt beteiligt alle.
                """, first, Map.of(0, 1, 1, 2));
        assertThat(keys(second)).containsExactly("1.1", "1.2");
        assertThat(second.paragraphs().get(0).body()).startsWith("Völlig");
    }

    @Test
    void textBeforeTheFirstChapterAndEmptyChaptersAreProblems() {
        assertThat(ParagraphNumbering.number("Ohne Kapitel", List.of(), Map.of()).problems())
                .extracting(ParagraphNumbering.Problem::messageKey).containsExactly("text.problem.before-chapter");
        assertThat(ParagraphNumbering.number("## Leer\n\n## Voll\nText", List.of(), Map.of()).problems())
                .extracting(ParagraphNumbering.Problem::argument).containsExactly("Leer");
    }
}
