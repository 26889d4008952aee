package kr.sangsaeng.review.ui.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kr.sangsaeng.review.ui.rubric.RubricValidator.Problem;
import kr.sangsaeng.review.ui.rubric.RubricValidator.Row;
import org.junit.jupiter.api.Test;

class RubricValidatorTest {
    private static Row row(String key, String weight, String min, String max) {
        return new Row(key, "Label " + key, weight, min, max);
    }

    private static List<String> keysOf(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    @Test
    void acceptsTheDemoRubric() {
        List<Row> demo = List.of(row("impact", "30", "1", "5"), row("reach", "20", "1", "5"),
                row("partnership", "20", "1", "5"), row("sustainability", "15", "1", "5"),
                row("originality", "15", "1", "5"));
        assertThat(RubricValidator.validate(demo)).isEmpty();
    }

    @Test
    void weightsMustAddUpToAHundred() {
        List<Problem> problems = RubricValidator.validate(List.of(row("a", "60", "1", "5"), row("b", "35", "1", "5")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("rubric.problem.weightSum");
            assertThat(p.row()).isEqualTo(-1);
            assertThat(p.args()).containsExactly("95");
        });
        assertThat(RubricValidator.validate(List.of(row("a", "33.3", "1", "5"), row("b", "66,7", "1", "5")))).isEmpty();
    }

    @Test
    void theMinimumMustBeBelowTheMaximum() {
        List<Problem> problems = RubricValidator.validate(List.of(row("a", "100", "5", "5")));
        assertThat(keysOf(problems)).containsExactly("rubric.problem.scale");
        assertThat(problems.get(0).field()).isEqualTo(RubricValidator.Field.MAX);
        assertThat(keysOf(RubricValidator.validate(List.of(row("a", "100", "x", "")))))
                .containsExactly("rubric.problem.min", "rubric.problem.max");
    }

    @Test
    void keysArePresentUniqueIgnoringCaseAndFreeOfSlashes() {
        List<Problem> problems = RubricValidator.validate(List.of(row("impact", "50", "1", "5"),
                row("Impact", "25", "1", "5"), row("", "15", "1", "5"), row("a/b", "10", "1", "5")));
        assertThat(keysOf(problems)).containsExactly("rubric.problem.keyDuplicate", "rubric.problem.keyMissing",
                "rubric.problem.keyFormat");
        assertThat(problems).extracting(Problem::row).containsExactly(1, 2, 3);
    }

    @Test
    void aWeightIsANonNegativeNumberAndALabelIsRequired() {
        List<Problem> problems = RubricValidator.validate(List.of(new Row("a", " ", "-5", "1", "5"),
                new Row("b", "B", "lots", "1", "5")));
        assertThat(keysOf(problems)).contains("rubric.problem.labelMissing", "rubric.problem.weight");
        assertThat(problems).filteredOn(p -> p.messageKey().equals("rubric.problem.weight")).hasSize(2);
    }
}
