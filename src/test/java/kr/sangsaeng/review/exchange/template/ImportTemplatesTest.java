package kr.sangsaeng.review.exchange.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.Imports;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.exchange.table.TableReader;
import kr.sangsaeng.review.exchange.table.TableReaders;
import kr.sangsaeng.review.exchange.table.TableRow;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SupportArea;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportTemplatesTest {
    private static final Path ASSETS = Path.of("assets/templates");

    @TempDir
    Path dir;

    private static List<List<String>> read(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (TableReader r = TableReaders.open(file, Optional.empty())) {
            TableRow row;
            while ((row = r.next()) != null) {
                rows.add(row.cells());
            }
        }
        return rows;
    }

    @ParameterizedTest
    @CsvSource({"SUBMISSIONS,submissions.csv", "RUBRIC,rubric.csv", "SCORES,scores.csv"})
    void theCommittedCsvTemplatesAreTheOnesTheAppWrites(ImportKind kind, String name) throws Exception {
        Path fresh = dir.resolve(name);
        ImportTemplates.write(kind, fresh);
        assertThat(Files.readAllBytes(ASSETS.resolve(name))).isEqualTo(Files.readAllBytes(fresh));
    }

    @Test
    void theCommittedWorkbookHoldsTheSameTableAsTheCsv() throws Exception {
        assertThat(read(ASSETS.resolve("submissions.xlsx"))).isEqualTo(read(ASSETS.resolve("submissions.csv")));
        Path fresh = dir.resolve("fresh.xlsx");
        ImportTemplates.write(ImportKind.SUBMISSIONS, fresh);
        assertThat(read(fresh)).isEqualTo(ImportTemplates.rows(ImportKind.SUBMISSIONS));
    }

    @Test
    void theXlsxTemplateImportsAsOneCaseWithItsFigures() throws Exception {
        try (ReviewStore store = ReviewStore.create(dir.resolve("r.sangsaeng"), new Round("r", 2023, "", false))) {
            ImportPlan plan = Imports.plan(ImportKind.SUBMISSIONS, ASSETS.resolve("submissions.xlsx"), Optional.empty(),
                    store, Progress.NONE);
            assertThat(plan.problems()).isEmpty();
            plan.apply(store, false);
            Submission s = store.submissions().findByRef("2023-01").orElseThrow();
            assertThat(s.areas()).containsExactlyInAnyOrder(SupportArea.SALES_CHANNEL, SupportArea.MANAGEMENT);
            assertThat(store.metrics().valuesOf(s.id())).extracting(MetricValue::value)
                    .containsExactly(10_000.0, 35.0, 120_000_000.0);
        }
    }

    @Test
    void theRubricAndScoresTemplatesImportIntoARoundWithThatCase() throws Exception {
        try (ReviewStore store = ReviewStore.create(dir.resolve("r.sangsaeng"), new Round("r", 2023, "", false))) {
            for (ImportKind kind : ImportKind.values()) {
                ImportPlan plan = Imports.plan(kind, ASSETS.resolve(kind.key() + ".csv"), Optional.empty(), store, Progress.NONE);
                assertThat(plan.problems()).as(kind.key()).isEmpty();
                plan.apply(store, false);
            }
            assertThat(store.scores().count()).isEqualTo(1);
            assertThat(store.reviews().findAll()).singleElement().satisfies(r -> assertThat(r.comment()).isEqualTo("근거 자료가 충분함"));
        }
    }
}
