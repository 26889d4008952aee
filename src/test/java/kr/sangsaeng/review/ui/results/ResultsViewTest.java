package kr.sangsaeng.review.ui.results;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import kr.sangsaeng.review.model.AuditEntry;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.model.SupportArea;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.service.TestRounds;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * The Results tab, used as a committee member would, on a three-case round built so that the
 * figures move visibly: X splits the panel (100, 100, 0), Y is steady (75, 75, 75), Z is strong on
 * criterion A only. Mean ranks Y, X, Z; median ranks X, Y, Z; with B's weight at 0, Z leads.
 */
class ResultsViewTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onRound(Locale.KOREAN,
            folder -> TestRounds.over(splitPanelRound(folder.resolve("split.sangsaeng"))));

    private AppContext ctx;

    static ReviewStore splitPanelRound(Path file) throws Exception {
        ReviewStore store = ReviewStore.create(file, new Round("분할 심사 예시", 2023, "", false));
        store.inTransaction(() -> {
            long a = store.criteria().insert("a", "기준 A", 50, 1, 5, "");
            long b = store.criteria().insert("b", "기준 B", 50, 1, 5, "");
            long[] r = {store.reviewers().insert("위원 1", "위원"), store.reviewers().insert("위원 2", "위원"),
                    store.reviewers().insert("위원 3", "위원")};
            Map<String, int[][]> scores = Map.of("X", new int[][] {{5, 5}, {5, 5}, {1, 1}},
                    "Y", new int[][] {{4, 4}, {4, 4}, {4, 4}}, "Z", new int[][] {{5, 1}, {5, 1}, {5, 2}});
            for (String ref : List.of("X", "Y", "Z")) {
                long s = store.submissions().insert(ref, "플랫폼 " + ref, "사례 " + ref, EnumSet.of(SupportArea.SALES_CHANNEL),
                        "", SubmissionStatus.UNDER_REVIEW);
                for (int i = 0; i < 3; i++) {
                    store.scores().put(new Score(r[i], s, a, scores.get(ref)[i][0], Instant.now()), "test");
                    store.scores().put(new Score(r[i], s, b, scores.get(ref)[i][1], Instant.now()), "test");
                }
            }
        });
        return store;
    }

    private TableView<ResultRow> openResults(FxRobot robot) throws Exception {
        robot.clickOn("심사 결과");
        @SuppressWarnings("unchecked")
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3);
        return table;
    }

    private static TableRow<?> rowOf(FxRobot robot, String ref) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof ResultRow rr && rr.submission().ref().equals(ref))
                .findFirst().orElseThrow();
    }

    private static List<String> refs(TableView<ResultRow> table) {
        return table.getItems().stream().map(r -> r.submission().ref()).toList();
    }

    @Test
    void showsTheRankingAgreementAndBias(FxRobot robot) throws Exception {
        TableView<ResultRow> table = openResults(robot);
        assertThat(refs(table)).containsExactly("Y", "X", "Z");
        // The table's cells and the agreement pane are drawn a pulse or two after the rows arrive.
        waitUntil(() -> robot.lookup("75.00").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#agreementHeadline").queryAs(Label.class).getText().contains("ICC(2,1)"));
        assertThat(robot.lookup(".bias-line").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("위원 3: 위원단 평균보다 평균") && t.contains("낮게"));
    }

    @Test
    void switchingToTheMedianChangesTheOrder(FxRobot robot) throws Exception {
        TableView<ResultRow> table = openResults(robot);
        robot.clickOn("#methodBox");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("중앙값")).queryLabeled());
        waitUntil(() -> refs(table).equals(List.of("X", "Y", "Z")));
        robot.clickOn("#methodBox");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("평균")).queryLabeled());
        waitUntil(() -> refs(table).equals(List.of("Y", "X", "Z")));
    }

    @Test
    void theZScoreMethodSaysWhatItsScaleMeans(FxRobot robot) throws Exception {
        openResults(robot);
        Label note = robot.lookup("#methodNote").queryAs(Label.class);
        assertThat(note.isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#methodBox").queryAs(ComboBox.class).getSelectionModel()
                .select(kr.sangsaeng.review.analysis.PanelMethod.ZSCORE));
        waitUntil(note::isVisible);
        assertThat(note.getText()).contains("50 + 10 × 평균 Z 점수").contains("100점 만점 점수가 아닙니다");
    }

    @Test
    void movingAWeightSliderReRanksAndResetRestores(FxRobot robot) throws Exception {
        TableView<ResultRow> table = openResults(robot);
        Node badge = robot.lookup(".what-if-badge").query();
        assertThat(badge.isVisible()).isFalse();
        Slider b = robot.lookup("#weight-b").queryAs(Slider.class);
        assertThat(robot.lookup("#weightsSum").queryLabeled().getText()).startsWith("가중치 합계: 100.");
        assertThat(robot.lookup("#weight-value-a").queryLabeled().getText()).isEqualTo("50 · 50.0%");
        robot.interact(b::requestFocus);
        robot.type(KeyCode.HOME);
        assertThat(b.getValue()).isZero();
        waitUntil(() -> refs(table).equals(List.of("Z", "Y", "X")));
        assertThat(badge.isVisible()).isTrue();
        assertThat(robot.lookup("#weight-value-b").queryLabeled().getText()).isEqualTo("0 (평가표 50) · 0.0%");
        assertThat(robot.lookup("#weight-value-a").queryLabeled().getText())
                .as("the share of the sum A now carries alone").isEqualTo("50 · 100.0%");
        assertThat(robot.lookup("#weightsSum").queryLabeled().getText()).startsWith("가중치 합계: 50.");
        robot.clickOn("평가표 가중치로 되돌리기");
        waitUntil(() -> refs(table).equals(List.of("Y", "X", "Z")));
        assertThat(b.getValue()).isEqualTo(50);
        assertThat(badge.isVisible()).isFalse();
        List<Double> stored = ctx.dbExecutor().submit(() -> ctx.round().store().criteria().findAll().stream()
                .map(c -> c.weight()).toList()).get(10, TimeUnit.SECONDS);
        assertThat(stored).containsExactly(50.0, 50.0);
    }

    @Test
    void aDecisionChosenInTheCasePaneIsSavedAndAudited(FxRobot robot) throws Exception {
        TableView<ResultRow> table = openResults(robot);
        robot.clickOn(rowOf(robot, "Y"));
        waitUntil(() -> robot.lookup("#caseHeading").queryLabeled().getText().startsWith("Y"));
        robot.clickOn("#decisionBox");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("수상")).queryLabeled());
        waitUntil(() -> table.getItems().get(0).decision() != null);
        waitUntil(() -> !robot.lookup("#noteArea").queryAs(TextArea.class).isDisabled());
        robot.clickOn("#noteArea").write("위원 전원 동의");
        robot.clickOn("#saveNoteButton");
        waitUntil(() -> "위원 전원 동의".equals(table.getItems().get(0).note()));
        long id = table.getItems().get(0).submission().id();
        Decision stored = ctx.dbExecutor().submit(() -> ctx.round().store().decisions().find(id).orElseThrow())
                .get(10, TimeUnit.SECONDS);
        assertThat(stored.kind()).isEqualTo(DecisionKind.AWARDED);
        assertThat(stored.note()).isEqualTo("위원 전원 동의");
        List<AuditEntry> audit = ctx.dbExecutor().submit(() -> ctx.round().store().audit().historyOf("Y"))
                .get(10, TimeUnit.SECONDS);
        assertThat(audit).filteredOn(a -> a.entity().equals("decision")).extracting(AuditEntry::actor, AuditEntry::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("secretary", "awarded"),
                        org.assertj.core.groups.Tuple.tuple("secretary", "awarded: 위원 전원 동의"));
    }

    @Test
    void runningStabilityShowsProbabilitiesAndTheCutOff(FxRobot robot) throws Exception {
        TableView<ResultRow> table = openResults(robot);
        robot.clickOn("안정성 분석");
        waitUntil(() -> table.getItems().get(0).stability() != null);
        assertThat(robot.lookup("#stabilityLabel").queryAs(Label.class).getText()).contains("2,000").contains("시드 20221214");
    }
}
