package kr.sangsaeng.review.exchange.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.Imports;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import writes rows as it checks them (a batch at a time) and rolls everything back when a
 * problem or a refusal comes after batches were already written: all or nothing, every problem named.
 */
class StreamingImportTest {
    private static final int ROWS = SubmissionStreamWriter.BATCH_ROWS * 2 + 500;

    @TempDir
    Path dir;

    /** ROWS new cases with two figures each; {@code last} replaces the final row. */
    private Path file(String name, String last) throws Exception {
        return file(name, last, "");
    }

    /** With {@code padding} in every title, to pass the size from which indexes are rebuilt after the load. */
    private Path file(String name, String last, String padding) throws Exception {
        StringBuilder sb = new StringBuilder("ref,platform,title,merchants [persons],growth [%]\n");
        for (int i = 1; i < ROWS; i++) {
            sb.append("C-").append(i).append(",플랫폼 ").append(i % 7).append(",사례 ").append(i).append(padding)
                    .append(",약 ").append(100 + i).append("명,").append(i % 50).append("%\n");
        }
        sb.append(last).append('\n');
        Path f = dir.resolve(name);
        Files.writeString(f, sb.toString());
        return f;
    }

    private static Imports.Applied importInto(ReviewStore store, Path f, boolean changeExisting) {
        return Imports.planAndApply(ImportKind.SUBMISSIONS, f, Optional.empty(), store, Progress.NONE, changeExisting,
                p -> true);
    }

    @Test
    void writesEveryRowOfALargeFileInOnePass() throws Exception {
        Path f = file("ok.csv", "C-last,플랫폼 1,마지막,5천명,12%");
        try (ReviewStore store = SubmissionImportTest.newStore(dir, "r.sangsaeng")) {
            Imports.Applied applied = importInto(store, f, false);

            assertThat(applied.applied()).isTrue();
            assertThat(applied.summary().orElseThrow().added()).isEqualTo(ROWS);
            assertThat(applied.summary().orElseThrow().newPlatforms()).hasSize(7);
            assertThat(store.submissions().count()).isEqualTo(ROWS);
            assertThat(SubmissionImportTest.values(store, "C-last").get("merchants").value()).isEqualTo(5000);
            assertThat(SubmissionImportTest.values(store, "C-1").get("merchants").approximate()).isTrue();
        }
    }

    @Test
    void aProblemInTheLastRowLeavesTheFileAsItWasAndEveryProblemIsNamed() throws Exception {
        Path f = file("bad.csv", "C-1,플랫폼 1,두 번째,열 명쯤?,12%", " ".repeat(500));
        assertThat(Files.size(f)).isGreaterThan(SubmissionImportPlanner.REBUILD_INDEXES_FROM_BYTES);
        Path db = dir.resolve("r.sangsaeng");
        try (ReviewStore store = SubmissionImportTest.newStore(dir, "r.sangsaeng")) {
            Optional<String> commitsBefore = store.settings().get("commit_counter");

            Imports.Applied applied = importInto(store, f, false);

            assertThat(applied.applied()).isFalse();
            assertThat(applied.plan().problems()).extracting(Problem::row).containsOnly(ROWS + 1);
            assertThat(applied.plan().problems()).extracting(Problem::describe)
                    .anySatisfy(d -> assertThat(d).contains("appears twice"));
            assertThat(store.submissions().count()).isZero();
            assertThat(store.metrics().findAll()).isEmpty();
            assertThat(store.submissions().platforms()).isEmpty();
            assertThat(store.settings().get("commit_counter")).isEqualTo(commitsBefore);
        }
        // The indexes dropped for the load came back with the rollback.
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                     + " AND name IN ('submission_platform', 'metric_value_metric')")) {
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void aCaseChangedWithoutConsentAfterManyRowsWritesNothingAndNamesTheCase() throws Exception {
        try (ReviewStore store = SubmissionImportTest.newStore(dir, "r.sangsaeng")) {
            store.submissions().insert("C-old", "플랫폼 1", "예전 제목", java.util.Set.of(), "", kr.sangsaeng.review.model.SubmissionStatus.SUBMITTED);
            Path f = file("change.csv", "C-old,플랫폼 1,새 제목,10명,1%");

            Imports.Applied refused = importInto(store, f, false);

            assertThat(refused.applied()).isFalse();
            assertThat(refused.plan().isValid()).isTrue();
            assertThat(refused.plan().existingToChange()).containsExactly("C-old");
            assertThat(store.submissions().count()).isEqualTo(1);

            Imports.Applied agreed = importInto(store, f, true);

            assertThat(agreed.applied()).isTrue();
            assertThat(store.submissions().count()).isEqualTo(ROWS);
            assertThat(store.submissions().findByRef("C-old").orElseThrow().title()).isEqualTo("새 제목");
        }
    }

    @Test
    void insideACallersTransactionOnlyTheImportIsUndone() throws Exception {
        Path f = file("bad.csv", "C-bad,플랫폼 1,,10명,1%");
        try (ReviewStore store = SubmissionImportTest.newStore(dir, "r.sangsaeng")) {
            store.inTransaction(() -> {
                store.submissions().insert("C-mine", "플랫폼 9", "내 사례", java.util.Set.of(), "", kr.sangsaeng.review.model.SubmissionStatus.SUBMITTED);
                assertThat(importInto(store, f, false).applied()).isFalse();
            });

            assertThat(store.submissions().count()).isEqualTo(1);
            assertThat(store.submissions().findByRef("C-mine")).isPresent();
        }
    }
}
