package kr.sangsaeng.review.exchange.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.exchange.PreviewLine.Change;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The merge rules of docs/file-formats.md for score packs, importing into a review file and into a
 * server round alike (docs/server-mode.md).
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class ScorePackMergeTest {
    private static final Instant T1 = Instant.parse("2022-12-08T05:00:00Z");
    private static final Instant NOW = Instant.parse("2022-12-20T00:00:00Z");
    private static final String HEADER = "ref,reviewer,criterion,score,comment,recused,updated_at\n";

    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores stores;
    private ReviewStore store;
    private long caseA;
    private long impact;
    private long kim;

    @BeforeEach
    void round() throws Exception {
        stores = TestStores.empty(backend, dir, new Round("r", 2022, "", false));
        store = stores.store();
        caseA = store.submissions().insert("2022-01", "p", "t", Set.of(), "", SubmissionStatus.SUBMITTED);
        store.submissions().insert("2022-02", "p", "t", Set.of(), "", SubmissionStatus.SUBMITTED);
        impact = store.criteria().insert("impact", "성과", 60, 1, 5, "");
        store.criteria().insert("reach", "지원 규모", 40, 1, 5, "");
        kim = store.reviewers().insert("김서연", "위원장");
        store.scores().put(new Score(kim, caseA, impact, 4, T1), "김서연");
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws Exception {
        stores.close();
    }

    private String contentHash() throws Exception {
        try (java.sql.Connection c = stores.independentConnection()) {
            return ExchangeTestFiles.contentHash(c);
        }
    }

    private ImportPlan plan(String rows) throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "pack.csv", HEADER + rows);
        return ScoreImportPlanner.plan(store, f, Optional.empty(), Progress.NONE, NOW, ZoneId.of("Asia/Seoul"));
    }

    private double score(long reviewer, long criterion) {
        return store.scores().find(reviewer, caseA, criterion).orElseThrow().value();
    }

    @Test
    void readsFullWidthDigitsInScoresAsFiguresAreRead() throws Exception {
        ImportPlan plan = plan("2022-01,김서연,impact,３,,,2022-12-09T05:00:00Z\n2022-01,김서연,reach,４．５,,,2022-12-09T05:00:00Z\n");

        assertThat(plan.problems()).isEmpty();
        plan.apply(store, false);
        assertThat(score(kim, impact)).isEqualTo(3);
        assertThat(store.scores().find(kim, caseA, store.criteria().findAll().get(1).id()).orElseThrow().value())
                .isEqualTo(4.5);
    }

    @Test
    void theNewerUpdatedAtWinsAndTheConflictIsListed() throws Exception {
        ImportPlan plan = plan("2022-01,김서연,impact,3,,,2022-12-09T05:00:00Z\n");
        assertThat(plan.preview()).singleElement().satisfies(l -> {
            assertThat(l.change()).isEqualTo(Change.NEWER_IN_FILE);
            assertThat(l.key()).isEqualTo("2022-01/impact/김서연");
        });
        ImportSummary s = plan.apply(store, false);
        assertThat(s.changed()).isEqualTo(1);
        assertThat(s.conflicts()).hasSize(1);
        assertThat(score(kim, impact)).isEqualTo(3);
        assertThat(store.scores().find(kim, caseA, impact).orElseThrow().updatedAt()).isEqualTo(Instant.parse("2022-12-09T05:00:00Z"));
    }

    @Test
    void anOlderOrEquallyOldScoreInTheFileLosesAndIsListed() throws Exception {
        ImportPlan older = plan("2022-01,김서연,impact,2,,,2022-12-07T05:00:00Z\n");
        ImportPlan tie = plan("2022-01,김서연,impact,2,,,2022-12-08T14:00:00+09:00\n");
        assertThat(older.preview()).extracting(PreviewLine::change).containsExactly(Change.KEPT_CURRENT);
        assertThat(tie.preview()).extracting(PreviewLine::change).containsExactly(Change.KEPT_CURRENT);
        ImportSummary s = older.apply(store, false);
        assertThat(s.conflicts()).hasSize(1);
        assertThat(s.changed()).isZero();
        assertThat(score(kim, impact)).isEqualTo(4);
    }

    @Test
    void importingTheSamePackTwiceChangesNothingTheSecondTime() throws Exception {
        String rows = "2022-01,김서연,reach,5,좋음,아니오,2022-12-09 14:00\n2022-02,박준호,impact,3,,,2022-12-09T05:00:00Z\n";
        ImportSummary first = plan(rows).apply(store, false);
        assertThat(first.added()).isEqualTo(3);
        assertThat(first.newReviewers()).containsExactly("박준호");
        String hash = contentHash();

        ImportPlan again = plan(rows);
        assertThat(again.summary().changesAnything()).isFalse();
        assertThat(again.summary().conflicts()).isEmpty();
        again.apply(store, false);
        assertThat(contentHash()).isEqualTo(hash);
        assertThat(store.reviewers().findAll()).hasSize(2);
    }

    @Test
    void aLocalTimeIsTakenInThisComputersZone() throws Exception {
        plan("2022-01,김서연,reach,5,,,2022-12-09 14:00\n").apply(store, false);
        long reach = store.criteria().findAll().get(1).id();
        assertThat(store.scores().find(kim, caseA, reach).orElseThrow().updatedAt()).isEqualTo(Instant.parse("2022-12-09T05:00:00Z"));
    }

    @Test
    void aFinalisedReviewIsNeverChangedAndTheDifferenceIsAConflict() throws Exception {
        store.reviews().setFinal(kim, true, "김서연");
        ImportPlan plan = plan("2022-01,김서연,impact,1,,,2030-01-01T00:00:00Z\n2022-01,김서연,reach,5,,,2030-01-01T00:00:00Z\n");
        assertThat(plan.preview()).extracting(PreviewLine::change).containsExactly(Change.LOCKED, Change.LOCKED);
        plan.apply(store, false);
        assertThat(score(kim, impact)).isEqualTo(4);
        assertThat(store.scores().count()).isEqualTo(1);
    }

    @Test
    void aReviewRowCarriesCommentAndRecusal() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "pack.csv", HEADER.strip() + ",recuse_reason\n"
                + "2022-02,김서연,,,,예,2022-12-09T05:00:00Z,자문위원 (이해충돌)\n");
        ScoreImportPlanner.plan(store, f, Optional.empty(), Progress.NONE, NOW, ZoneId.of("UTC")).apply(store, false);
        long caseB = store.submissions().findByRef("2022-02").orElseThrow().id();
        Review r = store.reviews().find(kim, caseB).orElseThrow();
        assertThat(r.recused()).isTrue();
        assertThat(r.recuseReason()).isEqualTo("자문위원 (이해충돌)");
    }

    @Test
    void unknownRefsAndCriteriaAndScoresOffTheScaleAreErrors() throws Exception {
        ImportPlan plan = plan("""
                2099-01,김서연,impact,3,,,
                2022-01,김서연,charm,3,,,
                2022-01,김서연,reach,6,,,
                2022-02,김서연,reach,-1,,,
                2022-02,김서연,impact,NaN,,,
                2022-02,박준호,impact,four,,,
                2022-02,박준호,reach,,,,
                2022-01,김서연,impact,3,,maybe,yesterday
                """);
        assertThat(plan.problems()).extracting(Problem::describe).containsExactly(
                "row 2, column A (ref): unknown ref \"2099-01\": the review file has no such case",
                "row 3, column C (criterion): unknown criterion \"charm\"; the rubric has impact, reach",
                "row 4, column D (score): the score 6 is outside the scale of \"reach\" (1–5)",
                "row 5, column D (score): the score -1 is outside the scale of \"reach\" (1–5)",
                "row 6, column D (score): not a number: \"NaN\"",
                "row 7, column D (score): not a number: \"four\"",
                "row 8, column D (score): the score is empty",
                "row 9, column F (recused): not yes or no: \"maybe\"",
                "row 9, column G (updated_at): not a date and time: \"yesterday\"; write it as 2022-12-08T14:00:00+09:00");
        assertThat(store.scores().count()).isEqualTo(1);
    }

    @Test
    void aRowWithoutUpdatedAtCountsAsWrittenNow() throws Exception {
        ImportPlan plan = plan("2022-01,김서연,impact,2,,,\n");
        assertThat(plan.preview()).extracting(PreviewLine::change).containsExactly(Change.NEWER_IN_FILE);
        plan.apply(store, false);
        assertThat(store.scores().find(kim, caseA, impact).orElseThrow().updatedAt()).isEqualTo(NOW);
    }

    @Test
    void scoringAgainWithTheSameValueConfirmsItAndAnOlderPackNoLongerOverwritesIt() throws Exception {
        Instant confirmed = Instant.parse("2022-12-10T05:00:00Z");
        // The reviewer looks at the case again on the 10th and keeps 4: that is an update.
        store.scores().put(new Score(kim, caseA, impact, 4, confirmed), "김서연");
        assertThat(store.scores().find(kim, caseA, impact).orElseThrow().updatedAt()).isEqualTo(confirmed);
        // A pack exported on the 9th from another laptop, where the score was still 2.
        plan("2022-01,김서연,impact,2,,,2022-12-09T05:00:00Z\n").apply(store, false);
        assertThat(store.scores().find(kim, caseA, impact).orElseThrow().value()).isEqualTo(4);
    }

    @Test
    void aPackConfirmingAScoreMovesItsTimeForwardToo() throws Exception {
        plan("2022-01,김서연,impact,4,,,2022-12-10T05:00:00Z\n").apply(store, false);
        plan("2022-01,김서연,impact,2,,,2022-12-09T05:00:00Z\n").apply(store, false);
        assertThat(store.scores().find(kim, caseA, impact).orElseThrow().value()).isEqualTo(4);
        // An older confirmation never moves the time back.
        store.scores().put(new Score(kim, caseA, impact, 4, T1), "김서연");
        assertThat(store.scores().find(kim, caseA, impact).orElseThrow().updatedAt())
                .isEqualTo(Instant.parse("2022-12-10T05:00:00Z"));
    }
}
