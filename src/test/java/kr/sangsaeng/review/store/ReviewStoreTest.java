package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.model.SupportArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store on a new, empty round: every entity comes back as written, a write is committed when
 * the call returns, and the rules hold. Runs on a review file and on a server round alike
 * (docs/server-mode.md); what only a file has is {@link ReviewFileTest}.
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class ReviewStoreTest {
    private static final Instant T = Instant.parse("2022-12-01T10:00:00Z");
    private static final Round ROUND = new Round("2022 상생협력", 2022, "중기중앙회", false);

    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores stores;
    private ReviewStore store;

    @BeforeEach
    void newRound() throws Exception {
        stores = TestStores.empty(backend, dir, ROUND);
        store = stores.store();
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
    }

    @Test
    void roundTripsEveryEntityThroughAReopenedRound() throws Exception {
        long sub = store.submissions().insert("2022-05", "쿠팡", "착한상점", EnumSet.of(SupportArea.SALES_CHANNEL,
                SupportArea.MANAGEMENT), "요약", SubmissionStatus.UNDER_REVIEW);
        long base = store.metrics().insert("baseline", "기준", MetricUnit.PERCENT, true, 0);
        long metric = store.metrics().insert("growth", "매출 증가율", MetricUnit.PERCENT, true, base);
        store.metrics().putValue(new MetricValue(sub, metric, 89, false, "+89% (상반기)"));
        long crit = store.criteria().insert("impact", "성과", 30, 1, 5, "5 = 큰 변화");
        long rev = store.reviewers().insert("김서연", "위원장");
        store.scores().put(new Score(rev, sub, crit, 4, T), "김서연");
        store.reviews().put(new Review(rev, sub, "좋음", false, "", false, T), "김서연");
        store.decisions().put(new Decision(sub, DecisionKind.SHORTLISTED, "1차", T), "간사");
        store.settings().put("reviewer", "김서연");
        store.decisionRecords().append("{\"method\":\"mean\"}");

        store = stores.reopen();
        assertThat(store.round().get()).isEqualTo(ROUND);
        Submission s = store.submissions().findByRef("2022-05").orElseThrow();
        assertThat(s.platformName()).isEqualTo("쿠팡");
        assertThat(s.areas()).isEqualTo(Set.of(SupportArea.SALES_CHANNEL, SupportArea.MANAGEMENT));
        Metric m = store.metrics().findByKey("growth").orElseThrow();
        assertThat(m.unit()).isEqualTo(MetricUnit.PERCENT);
        assertThat(m.hasBaseline()).isTrue();
        assertThat(store.metrics().valuesOf(sub)).containsExactly(new MetricValue(sub, metric, 89, false, "+89% (상반기)"));
        assertThat(store.criteria().findAll()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("impact");
            assertThat(c.weight()).isEqualTo(30);
            assertThat(c.guidance()).isEqualTo("5 = 큰 변화");
        });
        assertThat(store.reviewers().findByName("김서연").orElseThrow().role()).isEqualTo("위원장");
        assertThat(store.scores().findAll()).containsExactly(new Score(rev, sub, crit, 4, T));
        assertThat(store.reviews().find(rev, sub).orElseThrow().comment()).isEqualTo("좋음");
        assertThat(store.decisions().find(sub).orElseThrow().kind()).isEqualTo(DecisionKind.SHORTLISTED);
        assertThat(store.settings().get("reviewer")).contains("김서연");
        assertThat(store.decisionRecords().findAll()).containsExactly("{\"method\":\"mean\"}");
        assertThat(store.audit().findAll()).extracting(a -> a.entity() + " " + a.entityKey() + " " + a.newValue())
                .contains("score 2022-05/impact/김서연 4", "decision 2022-05 shortlisted: 1차");
    }

    @Test
    void aSavedScoreIsVisibleToAnotherConnectionAtOnce() throws Exception {
        long sub = store.submissions().insert("A", "P", "T", Set.of(), "", SubmissionStatus.SUBMITTED);
        long crit = store.criteria().insert("c", "C", 100, 1, 5, "");
        long rev = store.reviewers().insert("R", "");
        store.scores().put(new Score(rev, sub, crit, 3, T), "R");
        try (Connection other = stores.independentConnection();
             Statement s = other.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM score")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getDouble(1)).isEqualTo(3);
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        assertThatThrownBy(() -> store.scores().put(new Score(99, 98, 97, 3, T), "x"))
                .isInstanceOf(StoreException.class);
        assertThat(store.scores().count()).isZero();
    }

    @Test
    void aFinalisedReviewRefusesScoreChangesUntilReopened() {
        long sub = store.submissions().insert("A", "P", "T", Set.of(), "", SubmissionStatus.SUBMITTED);
        long crit = store.criteria().insert("c", "C", 100, 1, 5, "");
        long rev = store.reviewers().insert("R", "");
        store.scores().put(new Score(rev, sub, crit, 3, T), "R");
        store.reviews().setFinal(rev, true, "R");
        assertThatThrownBy(() -> store.scores().put(new Score(rev, sub, crit, 5, T), "R"))
                .isInstanceOf(ReviewLockedException.class);
        assertThat(store.scores().find(rev, sub, crit).orElseThrow().value()).isEqualTo(3);
        store.reviews().setFinal(rev, false, "secretary");
        store.scores().put(new Score(rev, sub, crit, 5, T), "R");
        assertThat(store.scores().find(rev, sub, crit).orElseThrow().value()).isEqualTo(5);
        assertThat(store.audit().findAll()).extracting(a -> a.actor() + ":" + a.entity())
                .contains(stores.auditName("R") + ":finalisation", stores.auditName("secretary") + ":finalisation");
    }

    @Test
    void aFailedWriteIsRolledBackWithItsAuditRow() {
        long sub = store.submissions().insert("A", "P", "T", Set.of(), "", SubmissionStatus.SUBMITTED);
        long rev = store.reviewers().insert("R", "");
        int auditBefore = store.audit().count();
        // The review row is written, the audit row (second write) fails: neither may remain. (A score on a
        // server is one statement with its audit row, server migration V6, so it has no second write to fail.)
        store.setWriteFaults(WriteFaults.failNth(2));
        assertThatThrownBy(() -> store.reviews().put(new Review(rev, sub, "근거 부족", false, "", false, T), "R"))
                .isInstanceOf(StoreException.class).hasMessageContaining("disk is full");
        store.setWriteFaults(WriteFaults.NONE);
        assertThat(store.reviews().find(rev, sub)).isEmpty();
        assertThat(store.audit().count()).isEqualTo(auditBefore);
    }
}
