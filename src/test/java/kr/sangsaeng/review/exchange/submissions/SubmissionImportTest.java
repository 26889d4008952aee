package kr.sangsaeng.review.exchange.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionImportTest {
    @TempDir
    Path dir;

    static ReviewStore newStore(Path dir, String name) throws Exception {
        return ReviewStore.create(dir.resolve(name), new Round("2023 상생", 2023, "", false));
    }

    static ImportPlan plan(ReviewStore store, Path file) {
        return SubmissionImportPlanner.plan(store, file, Optional.empty(), Progress.NONE);
    }

    static Map<String, MetricValue> values(ReviewStore store, String ref) {
        long id = store.submissions().findByRef(ref).orElseThrow().id();
        Map<Long, String> labels = store.metrics().findAll().stream().collect(Collectors.toMap(Metric::id, Metric::label));
        return store.metrics().valuesOf(id).stream().collect(Collectors.toMap(v -> labels.get(v.metricId()), Function.identity()));
    }

    @Test
    void readsEveryFormOfFigureTheDesignNames() throws Exception {
        String rows = String.join("\n", "ref,platform,title,figure",
                "a,p,t,\"4,000\"", "b,p,t,약 4000여개", "c,p,t,3만 명", "d,p,t,9000만원", "e,p,t,1억원",
                "f,p,t,628%", "g,p,t,3배", "h,p,t,+60%p", "i,p,t,13회", "j,p,t,４，０００", "k,p,t,+89% (상반기)") + "\n";
        Path f = ExchangeTestFiles.csv(dir, "forms.csv", rows);
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            // In one column the first unit (개, row 3) decides: 명 and 회 are counts too, won, %, 배, %p are not.
            ImportPlan plan = plan(store, f);
            assertThat(plan.problems()).extracting(Problem::row).containsExactly(5, 6, 7, 8, 9, 12);
        }
        double[] expected = {4000, 4000, 30000, 90_000_000, 100_000_000, 628, 3, 60, 13, 4000, 89};
        boolean[] approximate = {false, true, false, false, false, false, false, false, false, false, false};
        String[] cells = {"\"4,000\"", "약 4000여개", "3만 명", "9000만원", "1억원", "628%", "3배", "+60%p", "13회", "４，０００", "+89% (상반기)"};
        for (int i = 0; i < cells.length; i++) {
            Path one = ExchangeTestFiles.csv(dir, "f" + i + ".csv", "ref,platform,title,figure\na,p,t," + cells[i] + "\n");
            try (ReviewStore store = newStore(dir, "r" + i + ".sangsaeng")) {
                plan(store, one).apply(store, false);
                MetricValue v = values(store, "a").get("figure");
                assertThat(v.value()).as(cells[i]).isEqualTo(expected[i]);
                assertThat(v.approximate()).as(cells[i]).isEqualTo(approximate[i]);
            }
        }
    }

    @Test
    void reportsEveryProblemWithRowColumnAndReason() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "bad.csv", """
                ref,platform,title,support_area,growth [%]
                a,p,t,판로지원,10%
                b,,t,판로지원,3배
                c,p,t,홍보지원,many
                a,p,t,,3만원원
                """);
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            List<Problem> problems = plan(store, f).problems();
            assertThat(problems).extracting(Problem::describe).containsExactly(
                    "row 3, column B (platform): the platform is empty",
                    "row 3, column E (growth [%]): unit does not match the column's [%]: \"3배\"",
                    "row 4, column D (support_area): unknown support area \"홍보지원\"; use 경영지원, 자금지원 or 판로지원 (management, financial, sales_channel)",
                    "row 4, column E (growth [%]): not a number: \"many\"",
                    "row 5, column A (ref): the ref \"a\" appears twice (also row 2)",
                    "row 5, column E (growth [%]): unit written twice: \"3만원원\"");
        }
    }

    @Test
    void reportsDuplicateRefsAndMissingColumnsAndUnknownHeaderUnits() throws Exception {
        Path dup = ExchangeTestFiles.csv(dir, "dup.csv", "ref,platform,title\na,p,t\na,p,t2\n");
        Path missing = ExchangeTestFiles.csv(dir, "missing.csv", "접수번호,사례명,weight [kg]\na,t,5\n");
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            assertThat(plan(store, dup).problems()).extracting(Problem::describe)
                    .containsExactly("row 3, column A (ref): the ref \"a\" appears twice (also row 2)");
            assertThat(plan(store, missing).problems()).extracting(Problem::reason).containsExactly(
                    "the required column \"platform\" (플랫폼) is missing",
                    "unknown unit [kg] in the header; use one of count, persons, KRW, %, pp, x, times, rank (or 개, 명, 원, 만원, 배, 회, 위)");
        }
    }

    @Test
    void aCancelWhileReadingStopsBeforeAnythingIsWritten() throws Exception {
        StringBuilder sb = new StringBuilder("ref,platform,title\n");
        for (int i = 0; i < 5000; i++) {
            sb.append(i).append(",p,t\n");
        }
        Path f = ExchangeTestFiles.csv(dir, "big.csv", sb.toString());
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            assertThatThrownBy(() -> SubmissionImportPlanner.plan(store, f, Optional.empty(), cancelled))
                    .isInstanceOf(kr.sangsaeng.review.exchange.ImportCancelledException.class);
            assertThat(store.submissions().count()).isZero();
        }
    }
}
