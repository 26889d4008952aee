package kr.sangsaeng.review.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricSeriesBuilderTest {
    @TempDir
    static Path dir;
    static DemoRoundData demo;
    static RoundMetrics round;

    @BeforeAll
    static void loadDemo() throws Exception {
        demo = DemoRoundData.load(dir);
        round = demo.round();
    }

    @Test
    void sortsMerchantsBestFirstAndListsTheCaseThatDidNotReport() {
        MetricSeries s = MetricSeriesBuilder.build(round, demo.metric("merchants"), Normalisation.RAW);
        assertThat(s.points()).extracting(p -> p.key().label(), MetricPoint::shown, MetricPoint::approximate)
                .containsExactly(tuple("우아한형제들", 30_000.0, true), tuple("롯데쇼핑e커머스", 4_000.0, true),
                        tuple("11번가", 2_800.0, true), tuple("지마켓", 900.0, true), tuple("쿠팡", 300.0, true));
        assertThat(s.omitted()).extracting(o -> o.key().label(), Omission::reason)
                .containsExactly(tuple("한국우편사업진흥원", Omission.Reason.NOT_REPORTED));
        assertThat(s.reported()).isEqualTo(5);
        assertThat(s.hidden()).isZero();
    }

    @Test
    void neverGivesACaseWithoutAValueAZero() {
        MetricSeries s = MetricSeriesBuilder.build(round, demo.metric("sales_growth"), Normalisation.RAW);
        assertThat(s.points()).extracting(p -> p.key().label(), MetricPoint::shown)
                .containsExactly(tuple("지마켓", 628.0), tuple("쿠팡", 89.0));
        assertThat(s.omitted()).hasSize(4).allMatch(o -> o.reason() == Omission.Reason.NOT_REPORTED);
    }

    @Test
    void dividesByTheMerchantCountAndSaysWhoHasNone() {
        MetricSeries sales = MetricSeriesBuilder.build(round, demo.metric("best_case_sales"), Normalisation.PER_MERCHANT);
        assertThat(sales.points()).extracting(p -> p.key().label(), MetricPoint::raw, MetricPoint::shown)
                .containsExactly(tuple("롯데쇼핑e커머스", 100_000_000.0, 25_000.0));
        // 1억원 was exact, but the 4,000 merchants were "about": so is the figure per merchant.
        assertThat(sales.points().get(0).approximate()).isTrue();
        assertThat(sales.divisor().key()).isEqualTo("merchants");

        MetricSeries shows = MetricSeriesBuilder.build(round, demo.metric("exhibitions"), Normalisation.PER_MERCHANT);
        assertThat(shows.points()).isEmpty();
        assertThat(shows.omitted()).extracting(o -> o.key().label(), Omission::reason)
                .contains(tuple("한국우편사업진흥원", Omission.Reason.NO_MERCHANT_COUNT));
    }

    @Test
    void perMerchantAppliesToTotalsOnly() {
        assertThat(Normalisation.PER_MERCHANT.appliesTo(demo.metric("max_payout"), round)).isTrue();
        assertThat(Normalisation.PER_MERCHANT.appliesTo(demo.metric("sales_growth"), round)).isFalse();
        assertThat(Normalisation.PER_MERCHANT.appliesTo(demo.metric("merchants"), round)).isFalse();
        assertThatThrownBy(() -> MetricSeriesBuilder.build(round, demo.metric("sales_growth"),
                Normalisation.PER_MERCHANT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ranksPercentilesWithinTheRound() {
        MetricSeries s = MetricSeriesBuilder.build(round, demo.metric("merchants"), Normalisation.PERCENTILE);
        assertThat(s.points()).extracting(MetricPoint::shown).containsExactly(90.0, 70.0, 50.0, 30.0, 10.0);
        assertThat(s.points()).extracting(MetricPoint::raw).containsExactly(30_000.0, 4_000.0, 2_800.0, 900.0, 300.0);
    }

    @Test
    void turnsPercentilesRoundForALowerIsBetterMetricAndSharesTies() {
        Metric rank = new Metric(1, "rank", "순위", MetricUnit.RANK, false, 0, 1);
        RoundMetrics r = synthetic(rank, 1, 2, 2, 4);
        MetricSeries s = MetricSeriesBuilder.build(r, rank, Normalisation.PERCENTILE);
        assertThat(s.points()).extracting(MetricPoint::raw).containsExactly(1.0, 2.0, 2.0, 4.0);
        assertThat(s.points()).extracting(MetricPoint::shown).containsExactly(87.5, 50.0, 50.0, 12.5);
    }

    @Test
    void leavesZeroAndNegativeFiguresOffALogScale() {
        Metric growth = new Metric(1, "growth", "증가율", MetricUnit.PERCENT, true, 0, 1);
        RoundMetrics r = synthetic(growth, 120, -5, 0, 30);
        MetricSeries s = MetricSeriesBuilder.build(r, growth, Normalisation.LOG);
        assertThat(s.points()).extracting(MetricPoint::raw).containsExactly(120.0, 30.0);
        assertThat(s.omitted()).extracting(Omission::reason)
                .containsExactly(Omission.Reason.NOT_POSITIVE, Omission.Reason.NOT_POSITIVE);
    }

    @Test
    void cutsALargeRoundToItsTopN() {
        Metric m = new Metric(1, "sales", "매출", MetricUnit.KRW, true, 0, 1);
        double[] values = new double[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 1000.0;
        }
        MetricSeries s = MetricSeriesBuilder.build(synthetic(m, values), m, Normalisation.RAW, 30);
        assertThat(s.points()).hasSize(30);
        assertThat(s.reported()).isEqualTo(10_000);
        assertThat(s.hidden()).isEqualTo(9_970);
        assertThat(s.points().get(0).raw()).isEqualTo(9_999_000.0);
    }

    /** A round of one metric: case i (platform "P{i}") reported values[i]. */
    static RoundMetrics synthetic(Metric metric, double... values) {
        List<Submission> subs = new ArrayList<>();
        List<MetricValue> vals = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            subs.add(new Submission(i + 1, "R-" + i, i + 1, "P" + i, "case " + i, Set.of(), "",
                    SubmissionStatus.SUBMITTED));
            vals.add(new MetricValue(i + 1, metric.id(), values[i], false, ""));
        }
        return RoundMetrics.of(subs, List.of(metric), vals);
    }
}
