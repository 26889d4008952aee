package kr.sangsaeng.review.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreColumnsTest {
    @Test
    void holdsWhatWasAddedBeyondTheFirstBlockAndCannotChange() {
        ScoreColumns.Builder b = new ScoreColumns.Builder();
        for (int i = 0; i < 3000; i++) {
            b.add(i % 7, i, i % 5, i / 2.0);
        }
        ScoreColumns columns = b.build();
        assertThat(columns).hasSize(3000);
        assertThat(columns.get(2999)).isEqualTo(new Score(2999 % 7, 2999, 2999 % 5, 1499.5, null));
        assertThatThrownBy(() -> columns.get(3000)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> columns.add(columns.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(columns.stream().mapToDouble(Score::value).sum()).isEqualTo(2999 * 3000 / 4.0);
    }
}
