package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Score;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writes the Scoring and Rubric views make. "Committed before reported saved" is checked by
 * reading each write back through a second, independent connection to the same file as soon as the
 * call returns: a value still in an open transaction would not be visible there. Runs on a review
 * file and on a server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class ScoringStoreTest {
    private static final Instant T = Instant.parse("2022-12-09T01:00:00Z");

    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores stores;
    private ReviewStore store;
    private long reviewer;
    private long case1;
    private long case2;
    private List<Criterion> criteria;

    @BeforeEach
    void openDemo() throws Exception {
        stores = TestStores.demo(backend, dir);
        store = stores.store();
        reviewer = store.reviewers().insert("최민수 (test)", "위원");
        case1 = store.submissions().findByRef("2022-01").orElseThrow().id();
        case2 = store.submissions().findByRef("2022-02").orElseThrow().id();
        criteria = store.criteria().findAll();
    }

    @AfterEach
    void close() throws Exception {
        stores.close();
    }

    @Test
    void aScoreIsCommittedWhenPutReturns() throws Exception {
        store.scores().put(new Score(reviewer, case1, criteria.get(0).id(), 4, T), "최민수 (test)");
        assertThat(readNumber("SELECT value FROM score WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?",
                reviewer, case1, criteria.get(0).id())).isEqualTo(4.0);
        assertThat(readNumber("SELECT count(*) FROM audit_log WHERE actor = ? AND entity = 'score'", stores.auditName("최민수 (test)")))
                .isEqualTo(1.0);
    }

    @Test
    void aCommentAndARecusalAreCommittedWhenPutReturns() throws Exception {
        store.reviews().put(new Review(reviewer, case1, "수치 근거 보완 필요", false, "", false, T), "최민수 (test)");
        assertThat(readText("SELECT comment FROM review WHERE reviewer_id = ? AND submission_id = ?", reviewer, case1))
                .isEqualTo("수치 근거 보완 필요");
        store.reviews().put(new Review(reviewer, case2, "", true, "자문 이력", false, T), "최민수 (test)");
        assertThat(readText("SELECT recuse_reason FROM review WHERE reviewer_id = ? AND submission_id = ? AND recused = 1",
                reviewer, case2)).isEqualTo("자문 이력");
    }

    @Test
    void finalisingIsCommittedAndLocksEveryCaseUntilReopened() throws Exception {
        store.reviews().setFinal(reviewer, true, "최민수 (test)");
        assertThat(readNumber("SELECT count(*) FROM review WHERE reviewer_id = ? AND final = 1", reviewer)).isEqualTo(6.0);
        assertThatThrownBy(() -> store.scores().put(new Score(reviewer, case1, criteria.get(0).id(), 3, T), "x"))
                .isInstanceOf(ReviewLockedException.class);
        assertThat(readNumber("SELECT count(*) FROM score WHERE reviewer_id = ?", reviewer)).isEqualTo(0.0);

        store.reviews().setFinal(reviewer, false, "secretary");
        assertThat(readNumber("SELECT count(*) FROM review WHERE reviewer_id = ? AND final = 1", reviewer)).isEqualTo(0.0);
        assertThat(store.audit().findAll()).filteredOn(e -> e.entity().equals("finalisation"))
                .extracting(AuditEntry::actor, AuditEntry::newValue)
                .containsSubsequence(org.assertj.core.groups.Tuple.tuple(stores.auditName("최민수 (test)"), "final"),
                        org.assertj.core.groups.Tuple.tuple(stores.auditName("secretary"), "open"));
    }

    @Test
    void removingACriterionsScoresWritesEachToTheAuditLog() throws Exception {
        Criterion impact = criteria.get(0);
        int before = store.criteria().scoreCount(impact.id());
        assertThat(before).isPositive();

        int deleted = store.scores().deleteForCriterion(impact.id(), "secretary");
        store.criteria().delete(impact.id());

        assertThat(deleted).isEqualTo(before);
        assertThat(readNumber("SELECT count(*) FROM criterion WHERE id = ?", impact.id())).isEqualTo(0.0);
        assertThat(store.audit().findAll()).filteredOn(e -> e.actor().equals(stores.auditName("secretary")) && e.newValue() == null)
                .hasSize(before).allMatch(e -> e.entityKey().contains("/impact/"));
    }

    @Test
    void removingAReviewersWorkIsAudited() throws Exception {
        long chair = store.reviewers().findAll().get(0).id();
        int scores = store.scores().findByReviewer(chair).size();
        int reviews = store.reviews().findByReviewer(chair).size();
        String secretary = stores.auditName("secretary");
        long before = store.audit().findAll().stream().filter(e -> e.actor().equals(secretary)).count();

        store.inTransaction(() -> {
            store.scores().deleteForReviewer(chair, "secretary");
            store.reviews().deleteForReviewer(chair, "secretary");
            store.reviewers().delete(chair);
        });

        assertThat(readNumber("SELECT count(*) FROM reviewer WHERE id = ?", chair)).isEqualTo(0.0);
        assertThat(store.audit().findAll()).filteredOn(e -> e.actor().equals(secretary)).hasSize((int) before + scores + reviews);
    }

    @Test
    void reorderingCriteriaIsKeptInTheFile() throws Exception {
        List<Long> reversed = criteria.stream().map(Criterion::id).sorted(java.util.Comparator.reverseOrder()).toList();
        store.criteria().reorder(reversed);
        store = stores.reopen();
        assertThat(store.criteria().findAll()).extracting(Criterion::id).containsExactlyElementsOf(reversed);
    }

    @Test
    void blindModeIsARoundSettingWithAnAuditTrail() throws Exception {
        assertThat(store.round().setBlindMode(true, "secretary")).isTrue();
        assertThat(store.round().setBlindMode(true, "secretary")).isFalse();
        assertThat(readNumber("SELECT blind_mode FROM round")).isEqualTo(1.0);
        assertThat(store.audit().findAll()).filteredOn(e -> e.entity().equals("round")).hasSize(1);
    }

    private double readNumber(String sql, Object... params) throws Exception {
        return Double.parseDouble(readText(sql, params));
    }

    /** Reads through a connection of its own, which sees only committed data. */
    private String readText(String sql, Object... params) throws Exception {
        try (Connection c = stores.independentConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("a row for %s", sql).isTrue();
                return rs.getString(1);
            }
        }
    }
}
