package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.analysis.ShortlistSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionRecordTest {
    @TempDir
    Path dir;

    @Test
    void theHashIsWhatSha256sumPrintsForTheFileBeforeTheExport() throws Exception {
        Path file = dir.resolve("demo.sangsaeng");
        DemoRound.createAt(file).close();
        String before = sha256(file);
        try (ReviewStore store = ReviewStore.open(file)) {
            ExportResult r = export(store, "s.csv");
            assertThat(r.record().fileSha256()).isEqualTo(before);
        }
    }

    @Test
    void theHashCoversChangesStillInTheWriteAheadLog() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"))) {
            store.reviewers().insert("늦게 합류한 위원", "");
            RoundSnapshot snapshot = RoundSnapshot.read(store);
            // The hashed bytes alone, without the -wal file beside them, must hold the new reviewer.
            Path alone = Files.copy(store.file(), dir.resolve("alone.sangsaeng"));
            assertThat(sha256(alone)).isEqualTo(snapshot.sha256());
            try (ReviewStore copy = ReviewStore.open(alone)) {
                assertThat(copy.reviewers().findByName("늦게 합류한 위원")).isPresent();
            }
        }
    }

    @Test
    void everyExportStoresItsRecordInTheReviewFile() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"))) {
            ExportResult csv = export(store, "s.csv");
            ExportResult xlsx = export(store, "s.xlsx");
            assertThat(store.decisionRecords().findAll()).hasSize(2);
            assertThat(DecisionRecord.fromJson(store.decisionRecords().findAll().get(0))).isEqualTo(csv.record());
            assertThat(DecisionRecord.fromJson(store.decisionRecords().findAll().get(1))).isEqualTo(xlsx.record());
        }
    }

    @Test
    void aFailedExportStoresNoRecordAndLeavesNoFile() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        try (ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"))) {
            assertThatThrownBy(() -> export(store, notADirectory.resolve("s.csv").toString()))
                    .isInstanceOf(java.io.IOException.class);
            assertThat(store.decisionRecords().findAll()).isEmpty();
        }
    }

    @Test
    void theRecordHoldsWhatItTakesToComputeTheShortlistAgain() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"))) {
            ShortlistSettings settings = ShortlistSettings.defaults(12).withMethod(PanelMethod.MEDIAN)
                    .withRule(ShortlistRule.top(3).withMaxPerArea(2));
            ExportResult r = ShortlistExporter.export(store, dir.resolve("s.csv"), settings, Locale.ENGLISH,
                    StabilityProgress.NONE);
            DecisionRecord rec = DecisionRecord.fromJson(store.decisionRecords().findAll().get(0));

            ShortlistRule rule = new ShortlistRule(rec.rule().topN(),
                    rec.rule().threshold() == null ? Double.NaN : rec.rule().threshold(), rec.rule().maxPerArea(),
                    rec.rule().minReviews());
            PanelAnalysis again = PanelAnalysis.of(PanelLoader.load(store))
                    .withWeights(rec.weights().stream().mapToDouble(DecisionRecord.Weight::weight).toArray());
            assertThat(again.shortlist(PanelMethod.fromKey(rec.method()), rule).shortlisted())
                    .extracting(e -> e.ranked().stats().submission().ref())
                    .isEqualTo(rec.shortlist()).hasSize(r.shortlisted());
            assertThat(rec.shortlist()).hasSizeLessThanOrEqualTo(3);
        }
    }

    private ExportResult export(ReviewStore store, String name) throws Exception {
        return ShortlistExporter.export(store, dir.resolve(name), ShortlistSettings.defaults(12), Locale.KOREAN,
                StabilityProgress.NONE);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
