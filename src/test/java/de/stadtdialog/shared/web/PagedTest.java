package de.stadtdialog.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PagedTest {

    private static final List<Integer> FIFTY = IntStream.rangeClosed(1, 50).boxed().toList();

    @Test
    void aPageHoldsItsSliceAndKnowsWhereItIs() {
        Paged<Integer> second = Paged.of(FIFTY, 24, "2");
        assertThat(second.items()).containsExactlyElementsOf(FIFTY.subList(24, 48));
        assertThat(second.total()).isEqualTo(50);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isTrue();
        assertThat(Paged.of(FIFTY, 24, "3").items()).containsExactly(49, 50);
    }

    @Test
    void missingUnreadableZeroAndNegativeNumbersGiveTheFirstPage() {
        for (String requested : new String[] { null, "", " ", "abc", "0", "-5", "1.5", "-99999999999999" }) {
            assertThat(Paged.of(FIFTY, 24, requested).number()).as(String.valueOf(requested)).isEqualTo(1);
        }
    }

    @Test
    void numbersPastTheEndGiveTheLastPage() {
        assertThat(Paged.of(FIFTY, 24, "4").number()).isEqualTo(3);
        assertThat(Paged.of(FIFTY, 24, "99999999999999999999").number()).isEqualTo(3);
        assertThat(Paged.of(FIFTY, 24, " 3 ").items()).containsExactly(49, 50);
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        Paged<Integer> empty = Paged.of(List.of(), 24, "7");
        assertThat(empty.items()).isEmpty();
        assertThat(empty.number()).isEqualTo(1);
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.hasPrevious()).isFalse();
        assertThat(empty.hasNext()).isFalse();
    }
}
