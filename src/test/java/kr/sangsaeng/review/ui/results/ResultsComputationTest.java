package kr.sangsaeng.review.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.ShortlistOutcome;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.StabilityOptions;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Results view shows, computed without a screen, on the demo round. */
class ResultsComputationTest {
    @TempDir
    static Path dir;
    static PanelAnalysis demo;

    @BeforeAll
    static void loadDemo() throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"))) {
            demo = PanelAnalysis.of(PanelLoader.load(store));
        }
    }

    static Texts texts(Locale locale) {
        ResourceBundle b = Messages.bundle(locale);
        return (key, args) -> args.length == 0 ? b.getString(key) : MessageFormat.format(b.getString(key), args);
    }

    static ResultsSnapshot compute(double[] weights, PanelMethod method, ShortlistRule rule,
                                   Map<Long, Decision> decisions, StabilityResult stability) {
        return ResultsComputation.compute(new ResultsComputation.Inputs(demo, weights, method, rule, decisions, stability),
                new PanelWording(texts(Locale.ENGLISH)));
    }

    @Test
    void rowsFollowTheRankingAndMarkTheShortlistAndItsCut() {
        ResultsSnapshot s = compute(null, PanelMethod.MEAN, ShortlistRule.top(3), Map.of(), null);
        assertThat(s.rows()).extracting(r -> r.submission().ref())
                .containsExactly("2022-03", "2022-01", "2022-06", "2022-05", "2022-04", "2022-02");
        assertThat(s.shortlisted()).isEqualTo(3);
        assertThat(s.rows()).extracting(ResultRow::lastShortlisted).containsExactly(false, false, true, false, false, false);
        assertThat(s.rows().get(3).outcome()).isEqualTo(ShortlistOutcome.BELOW_CUT);
        ResultRow coupang = s.rows().get(3);
        assertThat(coupang.stats().completed()).isEqualTo(2);
        assertThat(coupang.stats().recused()).isEqualTo(1);
        assertThat(coupang.stability()).isNull();
    }

    @Test
    void theFiguresAreTheAnalysisFigures() {
        ResultsSnapshot s = compute(null, PanelMethod.MEDIAN, ShortlistRule.top(3), Map.of(), null);
        var expected = demo.ranking(PanelMethod.MEDIAN).entries();
        for (int i = 0; i < expected.size(); i++) {
            assertThat(s.rows().get(i).stats()).isEqualTo(expected.get(i).stats());
            assertThat(s.rows().get(i).rank()).isEqualTo(expected.get(i).rank());
        }
    }

    @Test
    void whatIfWeightsReRankWithoutTouchingTheBaseAnalysis() {
        // Only "reach": Woowa's 30,000 insured restaurants lead, and 11st moves off the bottom.
        ResultsSnapshot s = compute(new double[] {0, 100, 0, 0, 0}, PanelMethod.MEAN, ShortlistRule.top(3), Map.of(), null);
        assertThat(s.rows().get(0).submission().ref()).isEqualTo("2022-03");
        assertThat(s.rows()).extracting(r -> r.submission().ref())
                .isNotEqualTo(compute(null, PanelMethod.MEAN, ShortlistRule.top(3), Map.of(), null).rows().stream()
                        .map(r -> r.submission().ref()).toList());
        assertThat(demo.weights()).containsExactly(30, 20, 20, 15, 15);
    }

    @Test
    void decisionsAndStabilityAreAttachedToTheirRows() {
        long woowa = demo.table().submissions().stream().filter(x -> x.ref().equals("2022-03")).findFirst().orElseThrow().id();
        Decision d = new Decision(woowa, DecisionKind.AWARDED, "만장일치", Instant.now());
        StabilityResult stability = demo.stability(StabilityOptions.defaults(ShortlistRule.top(3)).withDraws(200),
                StabilityProgress.NONE);
        ResultsSnapshot s = compute(null, PanelMethod.MEAN, ShortlistRule.top(3), Map.of(woowa, d), stability);
        ResultRow first = s.rows().get(0);
        assertThat(first.decision()).isEqualTo(d);
        assertThat(first.decisionChoice()).isEqualTo(DecisionChoice.AWARDED);
        assertThat(first.note()).isEqualTo("만장일치");
        for (ResultRow r : s.rows()) {
            assertThat(r.stability().submission()).isEqualTo(r.submission());
        }
        assertThat(s.rows().stream().filter(ResultRow::onCutoff)).isNotEmpty();
    }

    @Test
    void agreementAndBiasAreSaidInWords() {
        ResultsSnapshot s = compute(null, PanelMethod.MEAN, ShortlistRule.top(3), Map.of(), null);
        // Four cases are too few to name a band: the figures are given for the record only.
        assertThat(s.agreementHeadline()).isEqualTo("n = 4 cases, k = 3 reviewers: too few to judge agreement."
                + " For the record: ICC(2,1) 0.44, ICC(2,k) 0.70; with so few cases one score can move them a lot.");
        assertThat(s.agreementDetails()).contains("Over the 4 cases all 3 reviewers completed (n = 4, k = 3).",
                "지원 규모 (Reach): ICC(2,1) 0.84, too few cases to judge");
        assertThat(s.agreementDetails().get(s.agreementDetails().size() - 1)).startsWith("Bands of Koo & Li (2016)");
        assertThat(s.bias()).containsExactly(
                "김서연 (예시 위원장) scores in line with the panel (within 0.5 points, 6 cases).",
                "박준호 (예시 위원) scores 7.8 points below the panel on average (6 cases).",
                "이하은 (예시 위원) scores 11.3 points above the panel on average (4 cases).");
    }

    @Test
    void aRoundTooSmallForAgreementSaysWhy() {
        ResultsSnapshot s = compute(null, PanelMethod.MEAN, ShortlistRule.top(3), Map.of(), null);
        PanelWording ko = new PanelWording(texts(Locale.KOREAN));
        var report = PanelAnalysis.of(new kr.sangsaeng.review.analysis.PanelData(demo.table().criteria(),
                demo.table().reviewers(), demo.table().submissions(), List.of(), List.of())).agreement();
        assertThat(ko.headline(report)).contains("현재 사례 0건");
        assertThat(s.agreementHeadline()).doesNotContain("measured");
    }

    @Test
    void aPanelLargeEnoughGetsItsAgreementNamedAndASmallOneDoesNot() {
        PanelWording en = new PanelWording(texts(Locale.ENGLISH));
        kr.sangsaeng.review.analysis.IccResult icc = new kr.sangsaeng.review.analysis.IccResult(12, 3,
                0.8, 0.8, 0.8, 0.92, 0.92, 0.92, 1, 1, 1, 1, "");
        var large = new kr.sangsaeng.review.analysis.AgreementReport(List.of(), List.of(),
                new kr.sangsaeng.review.analysis.AgreementFigures(12, 3, icc, 0.8), Map.of());
        assertThat(en.headline(large)).isEqualTo("Reviewers agree well with each other (ICC(2,1) 0.80)."
                + " The panel's average score is highly reliable (ICC(2,k) 0.92).");
        var twoReviewers = new kr.sangsaeng.review.analysis.AgreementReport(List.of(), List.of(),
                new kr.sangsaeng.review.analysis.AgreementFigures(5, 2, icc, 0.8), Map.of());
        assertThat(en.headline(twoReviewers)).startsWith("n = 5 cases, k = 2 reviewers: too few to judge agreement.");
    }
}
