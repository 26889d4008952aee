package kr.sangsaeng.review.ui.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sangsaeng.review.analysis.ReviewTable;
import kr.sangsaeng.review.analysis.ReviewerTotals;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Scoring view's live total and the analysis package's reviewer totals are the same docs/analysis.md
 * formula written twice (one per keystroke, one per panel); this keeps them giving the same numbers.
 */
class LiveTotalAgreesWithAnalysisTest {
    @TempDir
    Path dir;

    @Test
    void everyCompleteDemoReviewHasTheSameTotalInBoth() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"))) {
            List<Criterion> criteria = store.criteria().findAll();
            ReviewTable table = ReviewTable.of(PanelLoader.load(store));
            ReviewerTotals totals = ReviewerTotals.of(table, criteria.stream().mapToDouble(Criterion::weight).toArray());
            Map<String, Map<Long, Double>> byReview = new HashMap<>();
            for (Score s : store.scores().findAll()) {
                byReview.computeIfAbsent(s.submissionId() + "/" + s.reviewerId(), k -> new HashMap<>())
                        .put(s.criterionId(), s.value());
            }
            int compared = 0;
            for (int m = 0; m < table.reviewCount(); m++) {
                long sub = table.submissions().get(table.submissionOf(m)).id();
                long rev = table.reviewers().get(table.reviewerOf(m)).id();
                double live = LiveTotal.of(criteria, byReview.get(sub + "/" + rev)).orElseThrow();
                assertThat(live).as("review %d", m).isCloseTo(totals.total(m), within(1e-9));
                compared++;
            }
            assertThat(compared).isEqualTo(16); // 6 + 6 + 4 complete reviews in the demo
        }
    }
}
