package kr.sangsaeng.review.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SupportArea;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoRoundTest {
    @TempDir
    Path dir;

    @Test
    void holdsTheSixCasesSelectedIn2022() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"))) {
            List<Submission> cases = store.submissions().findAll();
            assertThat(cases).extracting(Submission::ref)
                    .containsExactly("2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06");
            assertThat(cases).extracting(Submission::platformName).containsExactly(
                    "롯데쇼핑e커머스", "11번가", "우아한형제들", "지마켓", "쿠팡", "한국우편사업진흥원");
            assertThat(cases.get(2).areas()).containsExactly(SupportArea.FINANCIAL);
            assertThat(cases.get(5).areas()).contains(SupportArea.SALES_CHANNEL, SupportArea.MANAGEMENT);
        }
    }

    @Test
    void storesThePublishedFiguresAsNumbersWithTheTextAsWritten() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"))) {
            Map<String, Long> ids = store.submissions().findAll().stream()
                    .collect(Collectors.toMap(Submission::ref, Submission::id));
            Map<String, Metric> metrics = store.metrics().findAll().stream()
                    .collect(Collectors.toMap(Metric::key, m -> m));
            assertThat(value(store, ids.get("2022-03"), metrics.get("merchants")))
                    .isEqualTo(new MetricValue(ids.get("2022-03"), metrics.get("merchants").id(), 30_000, true, "약 3만 명", "명"));
            assertThat(value(store, ids.get("2022-03"), metrics.get("max_payout")).value()).isEqualTo(90_000_000);
            assertThat(value(store, ids.get("2022-01"), metrics.get("best_case_sales")).value()).isEqualTo(100_000_000);
            assertThat(value(store, ids.get("2022-04"), metrics.get("sales_growth")).value()).isEqualTo(628);
            assertThat(value(store, ids.get("2022-05"), metrics.get("sales_growth")).value()).isEqualTo(89);
            assertThat(value(store, ids.get("2022-05"), metrics.get("baseline_growth")).value()).isEqualTo(29);
            assertThat(metrics.get("sales_growth").baselineMetricId()).isEqualTo(metrics.get("baseline_growth").id());
            assertThat(metrics.get("max_payout").unit()).isEqualTo(MetricUnit.KRW);
            assertThat(value(store, ids.get("2022-06"), metrics.get("exhibitions")).value()).isEqualTo(13);
            assertThat(value(store, ids.get("2022-06"), metrics.get("operator_rank")).value()).isEqualTo(1);
        }
    }

    @Test
    void hasASampleRubricPanelAndScoresForEveryView() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"))) {
            assertThat(store.criteria().findAll().stream().mapToDouble(Criterion::weight).sum()).isEqualTo(100);
            assertThat(store.reviewers().findAll()).hasSize(3)
                    .allSatisfy(r -> assertThat(r.name()).contains("예시"));
            assertThat(store.scores().count()).isGreaterThan(60);
            assertThat(store.reviews().findAll()).anySatisfy(r -> assertThat(r.recused()).isTrue());
            assertThat(store.round().get().name()).contains("예시");
        }
    }

    private static MetricValue value(ReviewStore store, long submissionId, Metric metric) {
        return store.metrics().valuesOf(submissionId).stream().filter(v -> v.metricId() == metric.id())
                .findFirst().orElseThrow();
    }
}
