package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
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
 * The batch writes an import uses: many rows in one transaction, audited like single writes. Runs on a
 * review file and on a server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class BulkWriteTest {
    private static final Instant T = Instant.parse("2022-12-01T10:00:00Z");

    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores stores;

    @BeforeEach
    void newRound() throws Exception {
        stores = TestStores.empty(backend, dir, new Round("r", 2022, "", false));
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
    }

    private static Submission draft(String ref, String platform, Set<SupportArea> areas) {
        return new Submission(0, ref, 0, platform, "title " + ref, areas, "summary", SubmissionStatus.UNDER_REVIEW);
    }

    @Test
    void insertAllAddsCasesPlatformsAndAreasAndReturnsTheirIds() throws Exception {
        ReviewStore store = stores.store();
        store.submissions().insert("old", "쿠팡", "t", Set.of(), "", SubmissionStatus.SUBMITTED);
        Map<String, Long> ids = store.submissions().insertAll(List.of(
                draft("a", "쿠팡", Set.of(SupportArea.SALES_CHANNEL, SupportArea.MANAGEMENT)),
                draft("b", "11번가", Set.of())));
        assertThat(ids).containsOnlyKeys("a", "b");
        Submission a = store.submissions().findById(ids.get("a")).orElseThrow();
        assertThat(a.platformName()).isEqualTo("쿠팡");
        assertThat(a.areas()).containsExactlyInAnyOrder(SupportArea.SALES_CHANNEL, SupportArea.MANAGEMENT);
        assertThat(a.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(store.submissions().platforms()).hasSize(2);
    }

    @Test
    void updateAllReplacesFieldsAndAreasButKeepsStatus() throws Exception {
        ReviewStore store = stores.store();
        long id = store.submissions().insert("a", "쿠팡", "t", Set.of(SupportArea.FINANCIAL), "", SubmissionStatus.UNDER_REVIEW);
        store.submissions().updateAll(List.of(new Submission(id, "a", 0, "지마켓", "new title",
                Set.of(SupportArea.SALES_CHANNEL), "new summary", SubmissionStatus.WITHDRAWN)));
        Submission a = store.submissions().findById(id).orElseThrow();
        assertThat(a.platformName()).isEqualTo("지마켓");
        assertThat(a.title()).isEqualTo("new title");
        assertThat(a.areas()).containsExactly(SupportArea.SALES_CHANNEL);
        assertThat(a.status()).isEqualTo(SubmissionStatus.UNDER_REVIEW);
    }

    @Test
    void putValuesUpsertsAndDeleteValuesRemoves() throws Exception {
        ReviewStore store = stores.store();
        long s = store.submissions().insert("a", "p", "t", Set.of(), "", SubmissionStatus.SUBMITTED);
        long m = store.metrics().insert("m", "M", MetricUnit.KRW, true, 0);
        long n = store.metrics().insert("n", "N", MetricUnit.NONE, true, 0);
        store.metrics().putValues(List.of(new MetricValue(s, m, 1, false, "1원"), new MetricValue(s, n, 2, true, "약 2")));
        store.metrics().putValues(List.of(new MetricValue(s, m, 3, false, "3원")));
        assertThat(store.metrics().valuesOf(s)).extracting(MetricValue::value).containsExactly(3.0, 2.0);
        store.metrics().deleteValues(List.of(new MetricValue(s, n, 0, false, "")));
        assertThat(store.metrics().valuesOf(s)).extracting(MetricValue::metricId).containsExactly(m);
    }

    @Test
    void aLargeBatchLeavesTheIndexesExactlyAsTheMigrationsMadeThem() throws Exception {
        ReviewStore store = stores.store();
        String before = schema(store);
        List<Submission> many = new java.util.ArrayList<>();
        for (int i = 0; i < MetricDao.BULK_ROWS; i++) {
            many.add(draft("r" + i, "p" + (i % 7), Set.of(SupportArea.FINANCIAL)));
        }
        Map<String, Long> ids = store.submissions().insertAll(many);
        long m = store.metrics().insert("m", "M", MetricUnit.NONE, true, 0);
        store.metrics().putValues(ids.values().stream().map(id -> new MetricValue(id, m, id, false, "")).toList());
        assertThat(schema(store)).isEqualTo(before);
        assertThat(store.metrics().findAllValues()).hasSize(MetricDao.BULK_ROWS);
        assertThat(store.health().problems()).isEmpty();
    }

    /** The tables and indexes as the database describes them (a file drops and rebuilds indexes for a large batch). */
    private String schema(ReviewStore store) throws Exception {
        String sql = backend == TestStores.Backend.FILE
                ? "SELECT group_concat(name || ':' || sql, ';') FROM (SELECT name, sql FROM sqlite_master ORDER BY name)"
                : "SELECT string_agg(indexname || ':' || indexdef, ';' ORDER BY indexname) FROM pg_indexes"
                        + " WHERE schemaname = current_schema()";
        try (var s = store.connection().createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void putAllWritesChangedScoresWithAnAuditEntryEachAndSkipsEqualOnes() throws Exception {
        ReviewStore store = stores.store();
        long s = store.submissions().insert("2022-01", "p", "t", Set.of(), "", SubmissionStatus.SUBMITTED);
        long c = store.criteria().insert("impact", "Impact", 100, 1, 5, "");
        long r = store.reviewers().insert("김", "");
        store.scores().put(new Score(r, s, c, 3, T), "김");
        int audited = store.audit().count();

        assertThat(store.scores().putAll(List.of(new Score(r, s, c, 3, T)), "import")).isZero();
        assertThat(store.scores().putAll(List.of(new Score(r, s, c, 4, T.plusSeconds(60))), "import")).isEqualTo(1);

        assertThat(store.scores().find(r, s, c).orElseThrow().value()).isEqualTo(4);
        assertThat(store.audit().count()).isEqualTo(audited + 1);
        assertThat(store.audit().historyOf("2022-01")).last()
                .satisfies(e -> assertThat(e.entityKey()).isEqualTo("2022-01/impact/김"))
                .satisfies(e -> assertThat(e.oldValue()).isEqualTo("3"))
                .satisfies(e -> assertThat(e.actor()).isEqualTo(stores.auditName("import")));
    }

    @Test
    void putAllOnAFinalisedReviewWritesNothing() throws Exception {
        ReviewStore store = stores.store();
        long s = store.submissions().insert("a", "p", "t", Set.of(), "", SubmissionStatus.SUBMITTED);
        long s2 = store.submissions().insert("b", "p", "t", Set.of(), "", SubmissionStatus.SUBMITTED);
        long c = store.criteria().insert("impact", "Impact", 100, 1, 5, "");
        long r = store.reviewers().insert("김", "");
        store.reviews().setFinal(r, true, "김");
        long otherReviewer = store.reviewers().insert("박", "");
        assertThatThrownBy(() -> store.scores().putAll(List.of(new Score(otherReviewer, s2, c, 2, T),
                new Score(r, s, c, 4, T)), "import")).isInstanceOf(ReviewLockedException.class);
        assertThat(store.scores().count()).isZero();
    }

    @Test
    void scoresOutsideCountsScoresANewScaleWouldStrand() throws Exception {
        ReviewStore store = stores.store();
        long s = store.submissions().insert("a", "p", "t", Set.of(), "", SubmissionStatus.SUBMITTED);
        long c = store.criteria().insert("impact", "Impact", 100, 1, 5, "");
        long r = store.reviewers().insert("김", "");
        store.scores().put(new Score(r, s, c, 5, T), "김");
        assertThat(store.criteria().scoresOutside(c, 1, 5)).isZero();
        assertThat(store.criteria().scoresOutside(c, 0, 4)).isEqualTo(1);
    }
}
