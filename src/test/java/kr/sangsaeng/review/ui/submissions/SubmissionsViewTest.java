package kr.sangsaeng.review.ui.submissions;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;

class SubmissionsViewTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.KOREAN);

    private AppContext ctx;

    @Test
    void opensOnTheDemoRoundWithSixCases(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6);
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("전체 6건 중 6건");
        assertThat(robot.lookup("쿠팡").tryQuery()).isPresent();
    }

    @Test
    void typingInTheSearchBoxNarrowsTheTable(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6);
        robot.clickOn("#searchField").write("2022-05");
        waitUntil(() -> table.getItems().size() == 1);
        robot.eraseText(7).write("판로");
        waitUntil(() -> table.getItems().size() == 5);
    }

    @Test
    void erasingAQueryBringsBackItsRowsAndAChangedFileIsSearchedAfresh(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<SubmissionRow> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6);
        robot.clickOn("#searchField").write("2022-0");
        waitUntil(() -> table.getItems().size() == 6);
        robot.write("5");
        waitUntil(() -> table.getItems().size() == 1);
        robot.eraseText(1);
        waitUntil(() -> table.getItems().size() == 6);
        robot.eraseText(6);
        waitUntil(() -> table.getItems().size() == 6);
        // The round changes while "2022-05" was filtered a moment ago: the search reads the new rows.
        try (ReviewStore other = ReviewStore.open(ctx.round().file())) {
            Submission s = other.submissions().findByRef("2022-05").orElseThrow();
            other.submissions().update(new Submission(s.id(), "2023-05", s.platformId(), s.platformName(),
                    s.title(), s.areas(), s.summary(), s.status()));
        }
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.submission().ref().equals("2023-05")));
        robot.write("2022-05");
        waitUntil(() -> table.getItems().isEmpty());
    }

    @Test
    void selectingARowShowsItsSummaryAndFigures(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6);
        robot.clickOn("우아한형제들");
        waitUntil(() -> "음식점 소상공인 풍수해보험료 지원".equals(robot.lookup("#detailTitle").queryAs(Label.class).getText()));
        Node grid = robot.lookup("#figuresGrid").query();
        // Formatted for the Korean UI, beside the text as the platform wrote it.
        assertThat(robot.from(grid).lookup(".figure-value").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("약 3만 명", "9,000만원");
        assertThat(robot.from(grid).lookup("최대 9,000만원").tryQuery()).isPresent();
    }

    @Test
    void theSelectionFollowsTheCaseThroughFilteringAndClearsWhenTheCaseIsHidden(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<SubmissionRow> table = robot.lookup("#table").queryAs(TableView.class);
        Label title = robot.lookup("#detailTitle").queryAs(Label.class);
        waitUntil(() -> table.getItems().size() == 6);
        robot.clickOn("우아한형제들");
        waitUntil(() -> "음식점 소상공인 풍수해보험료 지원".equals(title.getText()));
        Submission chosen = table.getSelectionModel().getSelectedItem().submission();
        String otherRef = table.getItems().stream().map(r -> r.submission().ref())
                .filter(ref -> !ref.contains(chosen.ref()) && !chosen.ref().contains(ref)).findFirst().orElseThrow();

        // A filter that keeps the case: still selected, highlighted where it now is, and shown.
        robot.clickOn("#searchField").write(chosen.ref());
        waitUntil(() -> table.getItems().size() < 6);
        assertThat(table.getSelectionModel().getSelectedItem().submission().id()).isEqualTo(chosen.id());
        int at = table.getSelectionModel().getSelectedIndex();
        assertThat(table.getItems().get(at).submission().id()).isEqualTo(chosen.id());
        assertThat(title.getText()).isEqualTo("음식점 소상공인 풍수해보험료 지원");

        // A filter that hides it, with another case now in the row it had: nothing selected, detail cleared.
        robot.eraseText(chosen.ref().length()).write(otherRef);
        waitUntil(() -> table.getItems().stream().noneMatch(r -> r.submission().id() == chosen.id()));
        assertThat(table.getItems()).isNotEmpty();
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(-1);
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
        assertThat(title.getText()).isEqualTo(ctx.text("submissions.noSelection"));

        // Clearing the filter brings every case back.
        robot.eraseText(otherRef.length());
        waitUntil(() -> table.getItems().size() == 6);
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("전체 6건 중 6건");
        assertThat(table.getItems()).extracting(r -> r.submission().id()).contains(chosen.id());
        assertThat(title.getText()).isEqualTo(ctx.text("submissions.noSelection"));
    }

    @Test
    void sortingByAColumnKeepsTheSelectedCase(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<SubmissionRow> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6);
        robot.clickOn("우아한형제들");
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        long chosen = table.getSelectionModel().getSelectedItem().submission().id();
        robot.interact(() -> {
            table.getSortOrder().setAll(table.getColumns().get(0));
            table.getColumns().get(0).setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
        });
        waitUntil(() -> true);
        java.util.List<String> refs = table.getItems().stream().map(r -> r.submission().ref()).toList();
        assertThat(refs).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(table.getSelectionModel().getSelectedItem().submission().id()).isEqualTo(chosen);
        assertThat(table.getItems().get(table.getSelectionModel().getSelectedIndex()).submission().id()).isEqualTo(chosen);
    }

    @Test
    void aSortChosenByClickingAHeaderStaysWhileTypingInTheSearchBox(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<SubmissionRow> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6);
        Node platformHeader = robot.lookup(".column-header .label").match(LabeledMatchers.hasText("플랫폼")).query();
        robot.clickOn(platformHeader).clickOn(platformHeader); // the second click sorts from ㅎ to 1
        List<String> byPlatformDescending = List.of("2022-06", "2022-05", "2022-04", "2022-03", "2022-01", "2022-02");
        waitUntil(() -> refs(table).equals(byPlatformDescending));

        robot.clickOn("#searchField").write("2022");
        waitUntil(() -> "2022".equals(robot.lookup("#searchField").queryAs(TextField.class).getText()));
        assertThat(refs(table)).isEqualTo(byPlatformDescending);
        robot.eraseText(4).write("판로"); // every case but 우아한형제들's
        waitUntil(() -> table.getItems().size() == 5);
        assertThat(refs(table)).containsExactly("2022-06", "2022-05", "2022-04", "2022-01", "2022-02");
        robot.eraseText(2);
        waitUntil(() -> table.getItems().size() == 6);
        assertThat(refs(table)).isEqualTo(byPlatformDescending);
    }

    private static List<String> refs(TableView<SubmissionRow> table) {
        return table.getItems().stream().map(r -> r.submission().ref()).toList();
    }
}
