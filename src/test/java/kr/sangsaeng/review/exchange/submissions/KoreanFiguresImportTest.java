package kr.sangsaeng.review.exchange.submissions;

import static kr.sangsaeng.review.exchange.submissions.SubmissionImportTest.newStore;
import static kr.sangsaeng.review.exchange.submissions.SubmissionImportTest.plan;
import static kr.sangsaeng.review.exchange.submissions.SubmissionImportTest.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import kr.sangsaeng.review.charts.RoundMetrics;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.PreviewFigure;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.quantity.QuantityFormatter;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures as Korean committees write them, through a whole import: scales, counting words, baselines, preview. */
class KoreanFiguresImportTest {
    @TempDir
    Path dir;

    private Metric metric(ReviewStore store, String label) {
        return store.metrics().findAll().stream().filter(m -> m.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void scalesPlainNumbersByTheColumnButNeverAFigureThatStatesItsMagnitude() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "s.csv", """
                ref,platform,title,매출 [만원],거래액 [천원],투자 [억원]
                A,가,가 사례,5000,300,2
                B,나,나 사례,2.5억,1억원,1조
                C,다,다 사례,1억 5천,5천만원,.5억
                """);
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            ImportPlan plan = plan(store, f);
            assertThat(plan.problems()).isEmpty();
            plan.apply(store, false);

            assertThat(values(store, "A").get("매출").value()).isEqualTo(50_000_000d);
            assertThat(values(store, "A").get("거래액").value()).isEqualTo(300_000d);
            assertThat(values(store, "A").get("투자").value()).isEqualTo(200_000_000d);
            assertThat(values(store, "B").get("매출").value()).isEqualTo(250_000_000d);
            assertThat(values(store, "B").get("거래액").value()).isEqualTo(100_000_000d);
            assertThat(values(store, "B").get("투자").value()).isEqualTo(1e12);
            assertThat(values(store, "C").get("매출").value()).isEqualTo(150_000_000d);
            assertThat(values(store, "C").get("투자").value()).isEqualTo(50_000_000d);
        }
    }

    @Test
    void keepsTheCountingWordOfEachFigureAndShowsIt() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "s.csv", """
                ref,platform,title,지원 소상공인 수 [count],참여 매장 [곳]
                A,가,가 사례,약 3만 명,120
                B,나,나 사례,약 900여명,약 40곳
                C,다,다 사례,약 4000개사,
                """);
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            plan(store, f).apply(store, false);

            Metric merchants = metric(store, "지원 소상공인 수");
            Metric stores = metric(store, "참여 매장");
            assertThat(stores.counter()).isEqualTo("곳");
            assertThat(show(store, "A", merchants)).isEqualTo("약 3만 명");
            assertThat(show(store, "B", merchants)).isEqualTo("약 900명");
            assertThat(show(store, "C", merchants)).isEqualTo("약 4,000개사");
            assertThat(show(store, "A", stores)).isEqualTo("120곳");
        }
    }

    private static String show(ReviewStore store, String ref, Metric m) {
        MetricValue v = values(store, ref).get(m.label());
        return QuantityFormatter.format(v, m, Locale.KOREAN);
    }

    @Test
    void linksTheBaselineTheHeaderNamesSoGrowthAgainstItWorks() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "s.csv", """
                ref,platform,title,매출 성장률 [%] (기준: 플랫폼 전체 성장률),플랫폼 전체 성장률 [%],입점 업체 [개사]
                A,쿠팡,착한상점,+89%,+29%,약 300개사
                """);
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            ImportPlan plan = plan(store, f);
            assertThat(plan.problems()).isEmpty();
            plan.apply(store, false);

            Metric growth = metric(store, "매출 성장률");
            assertThat(growth.baselineMetricId()).isEqualTo(metric(store, "플랫폼 전체 성장률").id());
            RoundMetrics round = RoundMetrics.of(store.submissions().findAll(), store.metrics().findAll(),
                    store.metrics().findAllValues());
            assertThat(round.metricsWithBaseline()).extracting(Metric::label).containsExactly("매출 성장률");
            assertThat(round.merchantMetric()).map(Metric::label).contains("입점 업체");
        }
    }

    @Test
    void refusesABaselineThatNamesNoMetric() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "s.csv", """
                ref,platform,title,매출 성장률 [%] (기준: 없는 지표)
                A,가,가 사례,5%
                """);
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            List<Problem> problems = plan(store, f).problems();

            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(1);
                assertThat(p.columnLetter()).isEqualTo("D");
                assertThat(p.reason()).contains("없는 지표");
            });
        }
    }

    @Test
    void previewShowsEachFigureAsWrittenBesideHowItWasRead() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "s.csv", """
                ref,platform,title,대표 매출 [원]
                A,가,가 사례,1억 5천
                """);
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            List<PreviewFigure> figures = plan(store, f).preview().get(0).figures();

            assertThat(figures).singleElement().satisfies(p -> {
                assertThat(p.asWritten()).isEqualTo("1억 5천");
                assertThat(QuantityFormatter.format(p.value(), p.unit(), p.approximate(), p.counter(), Locale.KOREAN))
                        .isEqualTo("1억 5,000만원");
            });
        }
    }

    @Test
    void refusesTrulyAmbiguousFiguresWithRowColumnAndReason() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "s.csv", """
                ref,platform,title,참여 업체
                A,가,가 사례,300~400개
                B,나,나 사례,미공개
                C,다,다 사례,N/A
                D,라,라 사례,1e6
                """);
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            List<Problem> problems = plan(store, f).problems();

            assertThat(problems).extracting(Problem::row).containsExactly(2, 3, 4, 5);
            assertThat(problems).extracting(Problem::columnLetter).containsOnly("D");
            assertThat(problems).extracting(Problem::reason).allMatch(r -> !r.isBlank());
        }
    }
}
