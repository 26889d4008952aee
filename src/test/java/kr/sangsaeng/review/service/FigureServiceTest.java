package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A growth figure's baseline, chosen after the import: stored, audited, and refused where it cannot be.
 * Runs on a review file and on a server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class FigureServiceTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores stores;
    private OpenRound round;

    @BeforeEach
    void openDemo() throws Exception {
        stores = TestRounds.demo(backend, dir);
        round = TestRounds.of(stores);
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
    }

    private Metric metric(String key) {
        return round.reader().metrics().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }

    @SuppressWarnings("deprecation")
    private java.util.List<AuditEntry> audit() {
        return round.store().audit().findAll().stream().filter(e -> e.entity().equals("metric_baseline")).toList();
    }

    @Test
    void removesAndSetsABaselineWithAnAuditRowEach() {
        Metric growth = metric("sales_growth");
        Metric baseline = metric("baseline_growth");
        assertThat(growth.baselineMetricId()).isEqualTo(baseline.id());

        assertThat(round.figures().setBaseline(Actor.SECRETARY, growth.id(), 0)).isTrue();
        assertThat(metric("sales_growth").hasBaseline()).isFalse();
        assertThat(round.figures().setBaseline(Actor.SECRETARY, growth.id(), baseline.id())).isTrue();
        assertThat(metric("sales_growth").baselineMetricId()).isEqualTo(baseline.id());
        assertThat(round.figures().setBaseline(Actor.SECRETARY, growth.id(), baseline.id())).isFalse();

        assertThat(audit()).extracting(AuditEntry::actor, AuditEntry::entityKey, AuditEntry::oldValue, AuditEntry::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(stores.auditName("secretary"), "sales_growth", "baseline_growth", ""),
                        org.assertj.core.groups.Tuple.tuple(stores.auditName("secretary"), "sales_growth", "", "baseline_growth"));
    }

    @Test
    void refusesAFigureAsItsOwnBaselineOrAnUnknownOneAndWritesNothing() {
        Metric growth = metric("sales_growth");
        assertThatThrownBy(() -> round.figures().setBaseline(Actor.SECRETARY, growth.id(), growth.id()))
                .isInstanceOf(FigureService.BaselineRefusedException.class);
        assertThatThrownBy(() -> round.figures().setBaseline(Actor.SECRETARY, growth.id(), 9_999))
                .isInstanceOf(FigureService.BaselineRefusedException.class);
        assertThat(metric("sales_growth").baselineMetricId()).isEqualTo(growth.baselineMetricId());
        assertThat(audit()).isEmpty();
    }
}
