package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk, simulated with {@code PRAGMA max_page_count} on the store's connection: the failed
 * write is reported, everything saved before stays, and the store carries on read-only.
 */
class DiskFullTest {
    private static final Instant T = Instant.parse("2022-12-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aWriteThatFillsTheDiskIsReportedAndTheStoreCarriesOnReadOnly() throws Exception {
        Path file = dir.resolve("full.sangsaeng");
        List<Review> saved = new ArrayList<>();
        int scores;
        try (ReviewStore store = DemoRound.createAt(file)) {
            scores = store.scores().count();
            limitToCurrentSize(store);
            DiskFullException full = fillUntilFull(store, saved);
            assertThat(full).hasMessageStartingWith("The disk is full");
            assertThat(saved).as("comments saved before the disk filled").isNotEmpty();
            assertThat(store.isReadOnly()).isTrue();

            // Reads still work and show everything saved before.
            assertThat(store.scores().count()).isEqualTo(scores);
            for (Review r : saved) {
                assertThat(store.reviews().find(r.reviewerId(), r.submissionId()).orElseThrow().comment())
                        .isEqualTo(r.comment());
            }
            // Every later write is refused up front with a sentence that says why.
            Reviewer rev = store.reviewers().findAll().get(0);
            Submission sub = store.submissions().findAll().get(0);
            long crit = store.criteria().findAll().get(0).id();
            assertThatThrownBy(() -> store.scores().delete(rev.id(), sub.id(), crit, "x"))
                    .isInstanceOf(ReadOnlyStoreException.class).hasMessageContaining("read-only")
                    .hasMessageContaining("the disk is full");
            assertThatThrownBy(() -> store.reviewers().insert("새 위원", ""))
                    .isInstanceOf(ReadOnlyStoreException.class);
            assertThat(store.scores().count()).isEqualTo(scores);
        }
        assertReopensWritableWithEverything(file, scores, saved.get(saved.size() - 1));
    }

    /** Space freed (a new connection has no page limit): the file opens healthy and takes writes again. */
    private static void assertReopensWritableWithEverything(Path file, int scores, Review last) throws Exception {
        try (ReviewStore reopened = ReviewStore.open(file)) {
            assertThat(reopened.isReadOnly()).isFalse();
            assertThat(reopened.health().problems()).isEmpty();
            assertThat(reopened.scores().count()).isEqualTo(scores);
            assertThat(reopened.reviews().find(last.reviewerId(), last.submissionId()).orElseThrow().comment())
                    .isEqualTo(last.comment());
            reopened.settings().put("after", "space freed");
            assertThat(reopened.settings().get("after")).contains("space freed");
        }
    }

    @Test
    void anOrdinaryFailureDoesNotMakeTheStoreReadOnly() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("ok.sangsaeng"))) {
            assertThatThrownBy(() -> store.scores().put(new Score(99, 98, 97, 3, T), "x"))
                    .isInstanceOf(StoreException.class);
            assertThat(store.isReadOnly()).isFalse();
            store.settings().put("still", "writable");
            assertThat(store.settings().get("still")).contains("writable");
        }
    }

    /** Comments of about 500 bytes (each also in its audit row), edited over and over until the page limit is reached. */
    private static DiskFullException fillUntilFull(ReviewStore store, List<Review> saved) {
        String text = "심사 의견 ".repeat(40);
        List<Reviewer> reviewers = store.reviewers().findAll();
        List<Submission> submissions = store.submissions().findAll();
        for (int i = 0; i < 2_000; i++) {
            Reviewer rev = reviewers.get(i % reviewers.size());
            Submission sub = submissions.get(i / reviewers.size() % submissions.size());
            Review r = new Review(rev.id(), sub.id(), i + " " + text, false, "", false, T);
            DiskFullException e = catchThrowableOfType(DiskFullException.class, () -> store.reviews().put(r, rev.name()));
            if (e != null) {
                return e;
            }
            saved.removeIf(old -> old.reviewerId() == r.reviewerId() && old.submissionId() == r.submissionId());
            saved.add(r);
        }
        throw new AssertionError("the page limit was never reached");
    }

    private static void limitToCurrentSize(ReviewStore store) throws Exception {
        try (Statement s = store.connection().createStatement()) {
            long pages;
            try (ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                pages = rs.getLong(1);
            }
            // A few pages of head room, so that some comments still fit before the "disk" is full.
            s.execute("PRAGMA max_page_count = " + (pages + 10));
        }
    }
}
