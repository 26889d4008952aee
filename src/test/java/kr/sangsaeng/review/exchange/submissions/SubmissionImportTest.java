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
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SupportArea;
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
    void importsKoreanHeadersAreasAndMetricsWithTheirUnits() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "s.csv", """
                접수번호,플랫폼,사례명,지원분야,요약,지원 소상공인 수 [명],매출 증가율(%),대표 매출
                2022-01,롯데쇼핑e커머스,롯키데이 연계,판로지원,"요약, 쉼표",약 4000여개,628%,1억원
                2022-03,우아한형제들,풍수해보험,자금지원; 경영지원,,3만 명,,9000만원
                """);
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            ImportPlan plan = plan(store, f);
            assertThat(plan.problems()).isEmpty();
            ImportSummary summary = plan.apply(store, false);

            assertThat(summary.added()).isEqualTo(2);
            assertThat(summary.newMetrics()).containsExactly("지원 소상공인 수 [persons]", "매출 증가율 [%]", "대표 매출 [KRW]");
            Submission s = store.submissions().findByRef("2022-03").orElseThrow();
            assertThat(s.platformName()).isEqualTo("우아한형제들");
            assertThat(s.areas()).containsExactlyInAnyOrder(SupportArea.FINANCIAL, SupportArea.MANAGEMENT);
            assertThat(store.submissions().findByRef("2022-01").orElseThrow().summary()).isEqualTo("요약, 쉼표");
            assertThat(store.metrics().findAll()).extracting(Metric::unit)
                    .containsExactly(MetricUnit.PERSONS, MetricUnit.PERCENT, MetricUnit.KRW);
            MetricValue merchants = values(store, "2022-01").get("지원 소상공인 수");
            assertThat(merchants.value()).isEqualTo(4000);
            assertThat(merchants.approximate()).isTrue();
            assertThat(merchants.asWritten()).isEqualTo("약 4000여개");
            assertThat(values(store, "2022-03").get("대표 매출").value()).isEqualTo(90_000_000);
            assertThat(values(store, "2022-03")).doesNotContainKey("매출 증가율");
        }
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
    void aScaledWonHeaderCountsBareNumbersInItsUnit() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "s.csv", "ref,platform,title,매출 [만원]\na,p,t,5000\nb,p,t,1억원\n");
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            plan(store, f).apply(store, false);
            assertThat(values(store, "a").get("매출").value()).isEqualTo(50_000_000);
            assertThat(values(store, "b").get("매출").value()).isEqualTo(100_000_000);
            assertThat(store.metrics().findAll().get(0).unit()).isEqualTo(MetricUnit.KRW);
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
    void refsAlreadyInTheFileChangeOnlyWithConsentAndColumnsTheFileLacksStayAsTheyAre() throws Exception {
        Path first = ExchangeTestFiles.csv(dir, "1.csv", "ref,platform,title,summary,m [명],n\na,p,t,요약,100,5\nb,p,t,,200,6\n");
        Path second = ExchangeTestFiles.csv(dir, "2.csv", "ref,platform,title,m [명],n\na,p,new title,100,\nb,p,t,200,6\nc,q,t,1,\n");
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            plan(store, first).apply(store, false);
            ImportPlan plan = plan(store, second);
            assertThat(plan.existingToChange()).containsExactly("a");
            assertThat(plan.preview()).extracting(PreviewLine::change).containsExactly(
                    PreviewLine.Change.CHANGE, PreviewLine.Change.UNCHANGED, PreviewLine.Change.ADD);
            assertThat(plan.preview().get(0).detail()).isEqualTo("title, n");
            assertThatThrownBy(() -> plan.apply(store, false)).hasMessageContaining("a");
            assertThat(store.submissions().findByRef("a").orElseThrow().title()).isEqualTo("t");

            plan.apply(store, true);
            Submission a = store.submissions().findByRef("a").orElseThrow();
            assertThat(a.title()).isEqualTo("new title");
            assertThat(a.summary()).isEqualTo("요약");
            assertThat(values(store, "a")).containsOnlyKeys("m");
            assertThat(store.submissions().count()).isEqualTo(3);
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "s.csv", "ref,platform,title,support_area,m [명]\na,p,t,판로지원,약 100명\n");
        try (ReviewStore store = newStore(dir, "r.sangsaeng")) {
            plan(store, f).apply(store, false);
            String before = ExchangeTestFiles.contentHash(store.file());
            ImportPlan again = plan(store, f);
            assertThat(again.summary().changesAnything()).isFalse();
            again.apply(store, false);
            assertThat(ExchangeTestFiles.contentHash(store.file())).isEqualTo(before);
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
