package de.stadtdialog.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ResultsPagesTest {

    private final ResultsPages pages = new ResultsPages();
    private final AtomicInteger renders = new AtomicInteger();

    private byte[] html(long phaseId, String query, Object results) {
        return pages.page(phaseId, query, "de", results, results, () -> "Seite " + renders.incrementAndGet()).html();
    }

    @Test
    void aPageIsRenderedOncePerCountAndAgainForANewCount() {
        Object count = List.of("eine Zählung");

        byte[] first = html(1, null, count);
        byte[] again = html(1, null, count);
        byte[] newCount = html(1, null, List.of("eine neue Zählung"));

        assertThat(again).isSameAs(first);
        assertThat(new String(newCount)).isEqualTo("Seite 2");
        assertThat(renders).hasValue(2);
    }

    @Test
    void madeUpQueriesAreRenderedButNotKept() {
        Object count = List.of("eine Zählung");

        pages.page(1, "x=1", "de", count, count, () -> "Seite");

        assertThat(pages.kept()).isZero();
    }

    @Test
    void onlyABoundedNumberOfPagesIsKept() {
        for (long phase = 0; phase < ResultsPages.MAX_PAGES + 50; phase++) {
            html(phase, "kanal=papier", List.of(phase));
        }

        assertThat(pages.kept()).isEqualTo(ResultsPages.MAX_PAGES);
    }
}
