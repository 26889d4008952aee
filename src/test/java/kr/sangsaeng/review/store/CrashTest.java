package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of docs/data-safety.md: an acknowledged score is on disk, so a crash or kill -9 right
 * after the UI shows saved loses nothing. A child JVM scores through the real store and prints each score after
 * {@code put} returned; it is killed with SIGKILL at a random moment, and the reopened file must
 * hold every acknowledged score and pass {@code integrity_check}.
 */
class CrashTest {
    /** Rounds that kill while scores are being written. */
    private static final int WRITING_ROUNDS = 22;
    /** Rounds that kill at any moment from launch: during start-up, opening, WAL recovery or writing. */
    private static final int ANYTIME_ROUNDS = 6;

    @TempDir
    Path dir;

    @Test
    void killingTheWriterAtRandomMomentsLosesNoAcknowledgedScore() throws Exception {
        Path file = dir.resolve("crash.sangsaeng");
        prepare(file);
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        int acknowledged = 0;
        for (int round = 0; round < WRITING_ROUNDS + ANYTIME_ROUNDS; round++) {
            boolean anytime = round % 5 == 4;
            ChildJvm child = ChildJvm.start(StoreWorker.class, dir.resolve("child.log"),
                    "scores", file.toString(), "reviewer-" + round);
            if (anytime) {
                Thread.sleep(random.nextInt(900));
            } else {
                assertThat(child.awaitReady(30_000)).as("child started (see %s)", dir.resolve("child.log")).isTrue();
                Thread.sleep(random.nextInt(200));
            }
            child.kill();
            acknowledged += verify(file, "reviewer-" + round, child.lines(), "round " + round + ", seed " + seed);
        }
        assertThat(acknowledged).as("scores acknowledged before the kills").isGreaterThan(WRITING_ROUNDS);
    }

    /** A round with enough cells that no child runs out before it is killed. */
    private static void prepare(Path file) throws Exception {
        try (ReviewStore store = ReviewStore.create(file, new Round("crash", 2022, "", false))) {
            store.inTransaction(() -> {
                for (int i = 0; i < 100; i++) {
                    store.submissions().insert("R-" + i, "P" + (i % 7), "case " + i, Set.of(), "", SubmissionStatus.SUBMITTED);
                }
                for (int c = 0; c < 5; c++) {
                    store.criteria().insert("c" + c, "C" + c, 20, 1, 5, "");
                }
            });
        }
    }

    private static int verify(Path file, String reviewer, List<String> lines, String what) throws Exception {
        assertThat(Files.exists(file)).isTrue();
        int acks = 0;
        try (ReviewStore store = ReviewStore.open(file)) {
            assertThat(store.health().problems()).as("integrity after %s", what).isEmpty();
            for (String line : lines) {
                if (!line.startsWith("ack ")) {
                    continue;
                }
                String[] f = line.split(" ");
                long reviewerId = store.reviewers().findByName(reviewer).orElseThrow().id();
                Score s = store.scores().find(reviewerId, Long.parseLong(f[1]), Long.parseLong(f[2]))
                        .orElseThrow(() -> new AssertionError("acknowledged score lost in " + what + ": " + line));
                assertThat(s.value()).as("%s: %s", what, line).isEqualTo(Double.parseDouble(f[3]));
                acks++;
            }
        }
        return acks;
    }
}
