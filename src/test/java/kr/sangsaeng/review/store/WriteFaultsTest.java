package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.Review;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.model.SupportArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write path, with each of its writes made to fail in turn through the {@link WriteFaults}
 * seam: the failure is reported and the file is exactly as it was before the call.
 */
class WriteFaultsTest {
    private static final Instant T = Instant.parse("2022-12-09T01:00:00Z");

    @TempDir
    static Path dir;
    private static Path template;

    /** A write path: {@code prepare} may set things up (unfailed) and returns the call under test. */
    record WritePath(String name, Function<ReviewStore, Runnable> prepare) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void demoTemplate() throws Exception {
        template = dir.resolve("template.sangsaeng");
        DemoRound.createAt(template).close();
    }

    static Stream<WritePath> writePaths() {
        return Stream.of(
                new WritePath("score put", s -> () -> s.scores().put(changed(firstScore(s)), "위원")),
                new WritePath("score delete", s -> {
                    Score x = firstScore(s);
                    return () -> s.scores().delete(x.reviewerId(), x.submissionId(), x.criterionId(), "위원");
                }),
                new WritePath("review put", s -> () -> s.reviews().put(new Review(reviewer(s), submission(s).id(),
                        "다시 보니 근거가 부족함", true, "이해관계", false, T), "위원")),
                new WritePath("review setFinal", s -> () -> s.reviews().setFinal(reviewer(s), true, "위원")),
                new WritePath("decision put", s -> () -> s.decisions().put(
                        new Decision(submission(s).id(), DecisionKind.AWARDED, "대상", T), "간사")),
                new WritePath("decision clear", s -> {
                    s.decisions().put(new Decision(submission(s).id(), DecisionKind.SHORTLISTED, "", T), "간사");
                    return () -> s.decisions().clear(submission(s).id(), "간사");
                }),
                new WritePath("submission insert", s -> () -> s.submissions().insert("2022-07", "새 플랫폼", "새 사례",
                        EnumSet.of(SupportArea.FINANCIAL, SupportArea.MANAGEMENT), "요약", SubmissionStatus.SUBMITTED)),
                new WritePath("submission update", s -> {
                    Submission x = submission(s);
                    return () -> s.submissions().update(new Submission(x.id(), "2022-01b", 0, "다른 플랫폼", "고친 제목",
                            EnumSet.of(SupportArea.FINANCIAL), "고친 요약", SubmissionStatus.WITHDRAWN));
                }),
                new WritePath("criterion insert", s -> () -> s.criteria().insert("new", "새 기준", 10, 1, 5, "")),
                new WritePath("criterion update", s -> {
                    Criterion c = s.criteria().findAll().get(0);
                    return () -> s.criteria().update(new Criterion(c.id(), c.key(), "고친 기준", 15, 1, 7, "", c.position()));
                }),
                new WritePath("criterion delete", s -> {
                    long id = s.criteria().insert("spare", "여분 기준", 0, 1, 5, "");
                    return () -> s.criteria().delete(id);
                }),
                new WritePath("reviewer insert", s -> () -> s.reviewers().insert("새 위원", "외부")),
                new WritePath("criterion reorder", s -> () -> s.criteria().reorder(
                        s.criteria().findAll().stream().map(Criterion::id).sorted(java.util.Comparator.reverseOrder()).toList())),
                new WritePath("criterion scores delete", s -> () -> s.scores().deleteForCriterion(
                        s.criteria().findAll().get(0).id(), "간사")),
                new WritePath("reviewer scores delete", s -> () -> s.scores().deleteForReviewer(reviewer(s), "간사")),
                new WritePath("reviewer reviews delete", s -> () -> s.reviews().deleteForReviewer(
                        s.reviewers().findAll().get(0).id(), "간사")),
                new WritePath("round blind mode", s -> () -> s.round().setBlindMode(true, "간사")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writePaths")
    void eachWriteFailingBeforeItRunsIsReportedAndRolledBack(WritePath path) throws Exception {
        failEachWriteInTurn(path, WriteFaults::failNth);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writePaths")
    void eachWriteFailingAfterItRanIsReportedAndRolledBack(WritePath path) throws Exception {
        failEachWriteInTurn(path, WriteFaults::failNthAfterItRan);
    }

    private static void failEachWriteInTurn(WritePath path, IntFunction<WriteFaults> faults) throws Exception {
        int failures = 0;
        for (int nth = 1; ; nth++) {
            Path file = Files.copy(template, Files.createTempFile(dir, path.name().replace(' ', '-'), ".sangsaeng"),
                    StandardCopyOption.REPLACE_EXISTING);
            try (ReviewStore store = ReviewStore.open(file)) {
                Runnable call = path.prepare().apply(store);
                List<String> before = onDisk(file);
                store.setWriteFaults(faults.apply(nth));
                Throwable thrown = catchThrowable(call::run);
                if (thrown == null) {
                    break; // the call makes fewer than nth writes: every one of them has been failed once
                }
                assertThat(thrown).as("%s, write %d", path, nth).isInstanceOf(StoreException.class)
                        .hasMessageContaining("disk is full");
                assertThat(onDisk(file)).as("%s with write %d failed, on disk", path, nth).isEqualTo(before);
                // Nothing left pending either, in a transaction a later call would commit.
                assertThat(dump(store.connection())).as("%s with write %d failed, as the store sees it", path, nth)
                        .isEqualTo(before);
                failures++;
            }
        }
        assertThat(failures).as("writes made by %s", path).isPositive();
    }

    /** Every row of every table, read through a separate connection, i.e. what is on disk. */
    private static List<String> onDisk(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return dump(c);
        }
    }

    private static List<String> dump(Connection c) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append('|').append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    private static Score firstScore(ReviewStore s) {
        return s.scores().findAll().get(0);
    }

    private static Score changed(Score x) {
        return new Score(x.reviewerId(), x.submissionId(), x.criterionId(), x.value() == 5 ? 4 : 5, T);
    }

    private static long reviewer(ReviewStore s) {
        return s.reviewers().findAll().get(0).id();
    }

    private static Submission submission(ReviewStore s) {
        return s.submissions().findAll().get(0);
    }
}
