package kr.sangsaeng.review.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticRoundTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameRound() throws Exception {
        RoundSpec spec = new RoundSpec(120, 5, 4, 42);
        try (ReviewStore a = SyntheticRound.createAt(dir.resolve("a.sangsaeng"), spec);
             ReviewStore b = SyntheticRound.createAt(dir.resolve("b.sangsaeng"), spec)) {
            assertThat(a.submissions().findAll()).isEqualTo(b.submissions().findAll());
            assertThat(a.scores().findAll()).isEqualTo(b.scores().findAll());
            assertThat(a.metrics().findAllValues()).isEqualTo(b.metrics().findAllValues());
        }
        try (ReviewStore c = SyntheticRound.createAt(dir.resolve("c.sangsaeng"), new RoundSpec(120, 5, 4, 43));
             ReviewStore a = ReviewStore.open(dir.resolve("a.sangsaeng"))) {
            assertThat(c.scores().findAll()).isNotEqualTo(a.scores().findAll());
        }
    }

    @Test
    void looksLikeARealPanelWithRecusalsGapsAndAValidRubric() throws Exception {
        try (ReviewStore s = SyntheticRound.createAt(dir.resolve("r.sangsaeng"), new RoundSpec(400, 6, 5, 7))) {
            List<Criterion> rubric = s.criteria().findAll();
            assertThat(rubric).hasSize(5);
            assertThat(rubric.stream().mapToDouble(Criterion::weight).sum()).isEqualTo(100);
            assertThat(s.submissions().count()).isEqualTo(400);
            assertThat(s.reviewers().findAll()).hasSize(6);
            assertThat(s.reviews().findAll()).anyMatch(Review::recused);
            // Some figures are not reported; scores stay on each criterion's scale.
            assertThat(s.metrics().findAllValues()).hasSizeLessThan(400 * 5).hasSizeGreaterThan(400 * 4);
            assertThat(s.scores().findAll()).allMatch(sc -> sc.value() >= 1 && sc.value() <= 10);
            assertThat(s.submissions().findAll()).anyMatch(sub -> sub.title().contains("소상공인"))
                    .anyMatch(sub -> sub.title().startsWith("Small-merchant"));
            assertThat(s.health().healthy()).isTrue();
        }
    }
}
