package kr.sangsaeng.review.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.exchange.export.ScorePackExport;
import kr.sangsaeng.review.exchange.export.SubmissionsCsvExport;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile files through the real import entry point, each into a fresh copy of the demo round: every
 * one is either imported as docs/file-formats.md says or rejected with its row (and column) named, and a
 * rejected file leaves the review file exactly as it was. Small files are in the {@code hostile}
 * test resources; big ones are generated here.
 */
class HostileInputTest {
    private static final String CORPUS = "/kr/sangsaeng/review/hostile/";
    private static final String SUBMISSIONS_HEADER = "ref,platform,title,support_area,summary\n";
    private static final List<String> INJECTIONS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd", "-1+2", "@SUM(A1)");

    @TempDir
    Path dir;

    /** A file to import: a corpus resource copied out, or one generated into the temp folder. */
    interface Source {
        Path make(Path dir) throws IOException;
    }

    static Source corpus(String name) {
        return dir -> {
            try (InputStream in = HostileInputTest.class.getResourceAsStream(CORPUS + name)) {
                assertThat(in).as(name).isNotNull();
                Path out = dir.resolve(name);
                Files.copy(in, out);
                return out;
            }
        };
    }

    static Source tenMegabyteCell() {
        return dir -> {
            Path out = dir.resolve("ten-mb-cell.csv");
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                w.write(SUBMISSIONS_HEADER);
                w.write("2023-01,p,t,,");
                char[] chunk = "x".repeat(1024).toCharArray();
                for (int i = 0; i < 10 * 1024; i++) {
                    w.write(chunk);
                }
                w.write("\n");
            }
            return out;
        };
    }

    static Source binaryGarbage() {
        return dir -> {
            byte[] bytes = new byte[64 * 1024];
            new Random(20221208L).nextBytes(bytes);
            return Files.write(dir.resolve("garbage.csv"), bytes);
        };
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                // Stopped while streaming, before the cell is whole: the row is known, the column not yet.
                Arguments.of("a 10 MB cell", ImportKind.SUBMISSIONS, tenMegabyteCell(), 2, -1,
                        "a cell holds more than 100,000 characters, the most a cell may hold"),
                Arguments.of("binary garbage", ImportKind.SUBMISSIONS, binaryGarbage(), 1, -1, "not CP949 text"),
                Arguments.of("binary garbage as scores", ImportKind.SCORES, binaryGarbage(), 1, -1, "not CP949 text"),
                Arguments.of("mixed encodings", ImportKind.SUBMISSIONS, corpus("submissions-mixed-encoding.csv"), 1, -1,
                        "not CP949 text from here on; save it as CSV UTF-8"),
                Arguments.of("duplicate refs", ImportKind.SUBMISSIONS, corpus("submissions-duplicate-refs.csv"), 4, 0,
                        "row 2"),
                Arguments.of("negative score", ImportKind.SCORES, corpus("scores-negative.csv"), 2, 3, "outside the scale"),
                Arguments.of("NaN score", ImportKind.SCORES, corpus("scores-nan.csv"), 2, 3, "not a number"),
                Arguments.of("score that is not a number", ImportKind.SCORES, corpus("scores-not-a-number.csv"), 2, 3,
                        "not a number"),
                Arguments.of("score outside the scale", ImportKind.SCORES, corpus("scores-off-scale.csv"), 2, 3,
                        "outside the scale"),
                Arguments.of("unknown ref", ImportKind.SCORES, corpus("scores-unknown-ref.csv"), 2, 0, "unknown ref"),
                Arguments.of("unknown criterion", ImportKind.SCORES, corpus("scores-unknown-criterion.csv"), 2, 2,
                        "unknown criterion"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void isRejectedAndChangesNothing(String what, ImportKind kind, Source source, int row, int column, String reason)
            throws Exception {
        Path file = source.make(dir);
        try (ReviewStore store = DemoRound.createAt(dir.resolve("round.sangsaeng"))) {
            String before = ExchangeTestFiles.contentHash(store.file());

            ImportPlan plan = Imports.plan(kind, file, Optional.empty(), store, Progress.NONE);

            assertThat(plan.isValid()).as(what).isFalse();
            assertThat(plan.problems()).as(what).anySatisfy(p -> {
                assertThat(p.row()).isEqualTo(row);
                assertThat(p.column()).isEqualTo(column);
                assertThat(p.reason()).contains(reason);
            });
            assertThat(ExchangeTestFiles.contentHash(store.file())).as(what).isEqualTo(before);
        }
    }

    @Test
    void formulaLookingTextIsImportedAsWrittenAndExportedInert() throws Exception {
        Path file = corpus("submissions-csv-injection.csv").make(dir);
        try (ReviewStore store = DemoRound.createAt(dir.resolve("round.sangsaeng"))) {
            ImportPlan plan = Imports.plan(ImportKind.SUBMISSIONS, file, Optional.empty(), store, Progress.NONE);
            assertThat(plan.problems()).isEmpty();
            plan.apply(store, false);

            for (int i = 0; i < INJECTIONS.size(); i++) {
                Submission s = store.submissions().findByRef(INJECTIONS.get(i)).orElseThrow();
                assertThat(List.of(s.ref(), s.platformName(), s.title(), s.summary()))
                        .containsExactly(at(i), at(i + 1), at(i + 2), at(i + 3));
            }

            Path export = dir.resolve("export.csv");
            SubmissionsCsvExport.write(store, export);
            String exported = Files.readString(export, StandardCharsets.UTF_8);
            for (String text : INJECTIONS) {
                assertThat(exported).doesNotContain("," + text).doesNotContain("\n" + text)
                        .doesNotContain(",\"" + text.replace("\"", "\"\""));
            }
            assertThat(exported).contains(",'+cmd", "'@SUM(A1)", "'-1+2", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");

            try (ReviewStore copy = DemoRound.createAt(dir.resolve("copy.sangsaeng"))) {
                Imports.plan(ImportKind.SUBMISSIONS, export, Optional.empty(), copy, Progress.NONE).apply(copy, true);
                for (String ref : INJECTIONS) {
                    assertThat(texts(copy.submissions().findByRef(ref).orElseThrow()))
                            .isEqualTo(texts(store.submissions().findByRef(ref).orElseThrow()));
                }
            }
        }
    }

    @Test
    void aMillionEmptyRowsAfterOneGoodRowAreSkipped() throws Exception {
        Path file = dir.resolve("empty-rows.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(SUBMISSIONS_HEADER);
            w.write("2023-01,똠방마켓,판로 지원,판로지원,요약\n");
            for (int i = 0; i < 1_000_000; i++) {
                w.write(i % 2 == 0 ? "\n" : ",,,,\n");
            }
        }
        try (ReviewStore store = DemoRound.createAt(dir.resolve("round.sangsaeng"))) {
            int before = store.submissions().findAll().size();
            ImportPlan plan = Imports.plan(ImportKind.SUBMISSIONS, file, Optional.empty(), store, Progress.NONE);
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.apply(store, false).added()).isEqualTo(1);
            assertThat(store.submissions().findAll()).hasSize(before + 1);
            assertThat(store.submissions().findByRef("2023-01").orElseThrow().title()).isEqualTo("판로 지원");
        }
    }

    @Test
    void aReviewerNamedWithQuotesAndALineBreakIsAddedAsWrittenAndRoundTrips() throws Exception {
        Path file = corpus("scores-reviewer-quotes-newline.csv").make(dir);
        String name = "Kim \"the judge\"\nLee";
        try (ReviewStore store = DemoRound.createAt(dir.resolve("round.sangsaeng"))) {
            ImportPlan plan = Imports.plan(ImportKind.SCORES, file, Optional.empty(), store, Progress.NONE);
            assertThat(plan.problems()).isEmpty();
            plan.apply(store, false);
            long id = store.reviewers().findByName(name).orElseThrow().id();
            assertThat(store.reviewers().findAll()).filteredOn(r -> r.id() == id).singleElement()
                    .satisfies(r -> assertThat(r.name()).isEqualTo(name));

            String hash = ExchangeTestFiles.contentHash(store.file());
            Path pack = dir.resolve("pack.csv");
            ScorePackExport.write(store, pack, Optional.of(name));
            ImportPlan again = Imports.plan(ImportKind.SCORES, pack, Optional.empty(), store, Progress.NONE);
            assertThat(again.problems()).isEmpty();
            again.apply(store, false);
            assertThat(ExchangeTestFiles.contentHash(store.file())).isEqualTo(hash);
        }
    }

    private static String at(int i) {
        return INJECTIONS.get(i % INJECTIONS.size());
    }

    private static List<Object> texts(Submission s) {
        return List.of(s.ref(), s.platformName(), s.title(), s.areas(), s.summary());
    }
}
