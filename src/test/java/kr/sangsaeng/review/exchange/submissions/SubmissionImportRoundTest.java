package kr.sangsaeng.review.exchange.submissions;

import static kr.sangsaeng.review.exchange.submissions.SubmissionImportTest.plan;
import static kr.sangsaeng.review.exchange.submissions.SubmissionImportTest.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricUnit;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SupportArea;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Submissions imported into a review file or a server round alike (docs/server-mode.md): cases,
 * platforms, areas and figures written, changes only with consent, the same file again changing
 * nothing. Reading the file itself (figures, problems, cancelling) is {@link SubmissionImportTest}.
 */
@ParameterizedClass
@EnumSource(TestStores.Backend.class)
class SubmissionImportRoundTest {
    @Parameter
    TestStores.Backend backend;

    @TempDir
    Path dir;

    private TestStores newRound() throws Exception {
        return TestStores.empty(backend, dir, new Round("2023 상생", 2023, "", false));
    }

    private static String contentHash(TestStores round) throws Exception {
        try (Connection c = round.independentConnection()) {
            return ExchangeTestFiles.contentHash(c);
        }
    }

    @Test
    void importsKoreanHeadersAreasAndMetricsWithTheirUnits() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "s.csv", """
                접수번호,플랫폼,사례명,지원분야,요약,지원 소상공인 수 [명],매출 증가율(%),대표 매출
                2022-01,롯데쇼핑e커머스,롯키데이 연계,판로지원,"요약, 쉼표",약 4000여개,628%,1억원
                2022-03,우아한형제들,풍수해보험,자금지원; 경영지원,,3만 명,,9000만원
                """);
        try (TestStores round = newRound()) {
            ReviewStore store = round.store();
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
    void aScaledWonHeaderCountsBareNumbersInItsUnit() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "s.csv", "ref,platform,title,매출 [만원]\na,p,t,5000\nb,p,t,1억원\n");
        try (TestStores round = newRound()) {
            ReviewStore store = round.store();
            plan(store, f).apply(store, false);
            assertThat(values(store, "a").get("매출").value()).isEqualTo(50_000_000);
            assertThat(values(store, "b").get("매출").value()).isEqualTo(100_000_000);
            assertThat(store.metrics().findAll().get(0).unit()).isEqualTo(MetricUnit.KRW);
        }
    }


    @Test
    void refsAlreadyInTheFileChangeOnlyWithConsentAndColumnsTheFileLacksStayAsTheyAre() throws Exception {
        Path first = ExchangeTestFiles.csv(dir, "1.csv", "ref,platform,title,summary,m [명],n\na,p,t,요약,100,5\nb,p,t,,200,6\n");
        Path second = ExchangeTestFiles.csv(dir, "2.csv", "ref,platform,title,m [명],n\na,p,new title,100,\nb,p,t,200,6\nc,q,t,1,\n");
        try (TestStores round = newRound()) {
            ReviewStore store = round.store();
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
        try (TestStores round = newRound()) {
            ReviewStore store = round.store();
            plan(store, f).apply(store, false);
            String before = contentHash(round);
            ImportPlan again = plan(store, f);
            assertThat(again.summary().changesAnything()).isFalse();
            again.apply(store, false);
            assertThat(contentHash(round)).isEqualTo(before);
        }
    }

}
