package kr.sangsaeng.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The newer-write rule holds even when the other window's write lands while a kept change is being
 * sent (docs/server-mode.md, "Connection lost"): the check and the write are one step. Another
 * connection holds the lock the send needs (on a server the row, as another window's one-call save
 * holds it; on a file the file's write lock), the send starts and waits, the other connection
 * commits a newer value and lets go; the kept older value is refused and the newer one stands.
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class KeptChangeRaceTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores stores;
    private OpenRound round;
    private Reviewer reviewer;
    private long case1;
    private Criterion crit;
    private final ExecutorService sender = Executors.newSingleThreadExecutor();
    private final Instant stored = Instant.now().minus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MICROS);
    private final Instant kept = stored.plus(1, ChronoUnit.MINUTES);
    private final Instant newer = kept.plus(1, ChronoUnit.MINUTES);

    @BeforeEach
    void openDemo() throws Exception {
        stores = TestRounds.demo(backend, dir);
        round = TestRounds.of(stores);
        reviewer = TestRounds.pledgedReviewer(round, "경합 위원");
        case1 = round.reader().submissions().get(0).id();
        crit = round.reader().criteria().get(0);
    }

    @AfterEach
    void close() throws Exception {
        sender.shutdownNow();
        stores.close();
    }

    @Test
    void aKeptScoreIsRefusedWhenANewerOneLandsWhileItIsSent() throws Exception {
        Actor me = Actor.reviewer(reviewer);
        round.scoring().scoreMadeAt(me, reviewer.id(), case1, crit.id(), crit.min(), stored);
        double newerValue = crit.max();
        Throwable refusal = raceWith("SELECT value FROM score WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?",
                "UPDATE score SET value = " + newerValue + ", updated_at = ? WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?",
                true, () -> round.scoring().scoreMadeAt(me, reviewer.id(), case1, crit.id(), crit.min() + 1, kept));
        assertThat(refusal).isInstanceOf(NewerWriteException.class);
        assertThat(((NewerWriteException) refusal).serverValue()).isEqualTo(
                kr.sangsaeng.review.format.Figures.plain(newerValue));
        Score now = stores.store().scores().find(reviewer.id(), case1, crit.id()).orElseThrow();
        assertThat(now.value()).isEqualTo(newerValue);
        assertThat(now.updatedAt()).isEqualTo(newer);
    }

    @Test
    void aKeptClearingIsRefusedWhenANewerScoreLandsWhileItIsSent() throws Exception {
        Actor me = Actor.reviewer(reviewer);
        round.scoring().scoreMadeAt(me, reviewer.id(), case1, crit.id(), crit.min(), stored);
        Throwable refusal = raceWith("SELECT value FROM score WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?",
                "UPDATE score SET value = " + crit.max() + ", updated_at = ? WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?",
                true, () -> round.scoring().scoreMadeAt(me, reviewer.id(), case1, crit.id(), null, kept));
        assertThat(refusal).isInstanceOf(NewerWriteException.class);
        assertThat(stores.store().scores().find(reviewer.id(), case1, crit.id()).orElseThrow().value()).isEqualTo(crit.max());
    }

    @Test
    void aKeptCommentIsRefusedWhenANewerOneLandsWhileItIsSent() throws Exception {
        Actor me = Actor.reviewer(reviewer);
        round.scoring().reviewMadeAt(me, new Review(reviewer.id(), case1, "처음 의견", false, "", false, stored));
        Throwable refusal = raceWith("SELECT comment FROM review WHERE reviewer_id = ? AND submission_id = ?",
                "UPDATE review SET comment = '다른 창의 새 의견', updated_at = ? WHERE reviewer_id = ? AND submission_id = ?",
                false, () -> round.scoring().reviewMadeAt(me, new Review(reviewer.id(), case1, "보관한 옛 의견", false, "", false, kept)));
        assertThat(refusal).isInstanceOf(NewerWriteException.class);
        assertThat(((NewerWriteException) refusal).serverValue()).isEqualTo("다른 창의 새 의견");
        assertThat(stores.store().reviews().find(reviewer.id(), case1).orElseThrow().comment()).isEqualTo("다른 창의 새 의견");
    }

    @Test
    void aKeptScoreNewerThanTheWriteThatLandedIsSaved() throws Exception {
        Actor me = Actor.reviewer(reviewer);
        round.scoring().scoreMadeAt(me, reviewer.id(), case1, crit.id(), crit.min(), stored);
        Instant later = newer.plus(1, ChronoUnit.MINUTES);
        Throwable refusal = raceWith("SELECT value FROM score WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?",
                "UPDATE score SET value = " + crit.max() + ", updated_at = ? WHERE reviewer_id = ? AND submission_id = ? AND criterion_id = ?",
                true, () -> round.scoring().scoreMadeAt(me, reviewer.id(), case1, crit.id(), crit.min() + 1, later));
        assertThat(refusal).isNull();
        assertThat(stores.store().scores().find(reviewer.id(), case1, crit.id()).orElseThrow().value()).isEqualTo(crit.min() + 1);
    }

    /**
     * Holds the row ({@code lockRow}, on a server) or the file's write lock from another connection,
     * starts {@code send} on another thread, waits until it waits, writes {@code newerWrite} (time
     * {@link #newer}) and commits. Returns what {@code send} threw, or null.
     */
    private Throwable raceWith(String lockRow, String newerWrite, boolean withCriterion, Runnable send) throws Exception {
        try (Connection other = stores.independentConnection()) {
            try (Statement s = other.createStatement()) {
                if (backend == TestStores.Backend.FILE) {
                    s.execute("PRAGMA busy_timeout = 5000");
                    s.execute("BEGIN IMMEDIATE");
                } else {
                    s.execute("BEGIN");
                    try (PreparedStatement ps = other.prepareStatement(lockRow + " FOR UPDATE")) {
                        bindKey(ps, 1, withCriterion);
                        ps.executeQuery().close();
                    }
                }
            }
            Future<?> sending = sender.submit(send);
            stores.awaitAWaitingConnection();
            assertThat(sending.isDone()).as("the send waits for the other window's lock").isFalse();
            try (PreparedStatement ps = other.prepareStatement(newerWrite)) {
                ps.setString(1, newer.toString());
                bindKey(ps, 2, withCriterion);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (Statement s = other.createStatement()) {
                s.execute("COMMIT");
            }
            try {
                sending.get(30, TimeUnit.SECONDS);
                return null;
            } catch (ExecutionException e) {
                return e.getCause();
            }
        }
    }

    private void bindKey(PreparedStatement ps, int from, boolean withCriterion) throws Exception {
        ps.setLong(from, reviewer.id());
        ps.setLong(from + 1, case1);
        if (withCriterion) {
            ps.setLong(from + 2, crit.id());
        }
    }
}
