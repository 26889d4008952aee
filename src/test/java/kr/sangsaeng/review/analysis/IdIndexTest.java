package kr.sangsaeng.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

class IdIndexTest {
    private static final ToLongFunction<Long> ID = Long::longValue;

    @Test
    void findsDenseIdsAndMissesOthers() {
        IdIndex index = IdIndex.of(List.of(3L, 1L, 2L), ID, "thing");
        assertThat(index.indexOf(3)).isZero();
        assertThat(index.indexOf(1)).isEqualTo(1);
        assertThat(index.indexOf(2)).isEqualTo(2);
        assertThat(index.indexOf(0)).isEqualTo(-1);
        assertThat(index.indexOf(4)).isEqualTo(-1);
        assertThat(index.indexOf(Long.MIN_VALUE)).isEqualTo(-1);
    }

    @Test
    void findsIdsTooFarApartForAnArray() {
        IdIndex index = IdIndex.of(List.of(Long.MAX_VALUE, Long.MIN_VALUE, 7L), ID, "thing");
        assertThat(index.indexOf(Long.MAX_VALUE)).isZero();
        assertThat(index.indexOf(Long.MIN_VALUE)).isEqualTo(1);
        assertThat(index.indexOf(7)).isEqualTo(2);
        assertThat(index.indexOf(8)).isEqualTo(-1);
    }

    @Test
    void anEmptyListFindsNothing() {
        assertThat(IdIndex.of(List.<Long>of(), ID, "thing").indexOf(1)).isEqualTo(-1);
    }

    @Test
    void refusesAnIdThatAppearsTwice() {
        assertThatThrownBy(() -> IdIndex.of(List.of(1L, 2L, 1L), ID, "reviewer"))
                .hasMessage("The reviewer id 1 appears twice");
        assertThatThrownBy(() -> IdIndex.of(List.of(1L, 1L << 40, 1L << 40), ID, "reviewer"))
                .hasMessageContaining("appears twice");
    }
}
