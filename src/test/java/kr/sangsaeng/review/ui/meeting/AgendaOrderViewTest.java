package kr.sangsaeng.review.ui.meeting;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListView;
import kr.sangsaeng.review.service.TestRounds;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The chair reorders the agenda, closes the file and opens it again: the order is still theirs. */
class AgendaOrderViewTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH);

    private AppContext ctx;

    @SuppressWarnings("deprecation")
    @Test
    void theChairsOrderSurvivesClosingAndReopeningTheFile(FxRobot robot) throws Exception {
        robot.clickOn("Meeting");
        waitUntil(() -> robot.lookup("#agendaList").tryQuery().isPresent());
        ListView<MeetingCase> agenda = robot.lookup("#agendaList").queryListView();
        waitUntil(() -> agenda.getItems().size() == 6);
        List<String> built = agenda.getItems().stream().map(MeetingCase::ref).toList();
        robot.interact(() -> agenda.getSelectionModel().select(0));
        robot.clickOn("#downButton");
        robot.clickOn("#downButton");
        List<String> moved = new java.util.ArrayList<>(built);
        moved.add(2, moved.remove(0));
        waitUntil(() -> agenda.getItems().stream().map(MeetingCase::ref).toList().equals(moved));
        Path file = ctx.round().store().file();
        waitUntil(() -> savedOrderSize() == 6);

        robot.interact(() -> ctx.setRound(TestRounds.over(null)));
        ctx.dbExecutor().submit(() -> null).get();
        waitUntil(() -> agenda.getItems().isEmpty());
        ReviewStore reopened = ReviewStore.open(file);
        robot.interact(() -> ctx.setRound(TestRounds.over(reopened)));
        waitUntil(() -> agenda.getItems().size() == 6);
        assertThat(agenda.getItems().stream().map(MeetingCase::ref).toList()).isEqualTo(moved).isNotEqualTo(built);
    }

    private int savedOrderSize() {
        try {
            return ctx.dbExecutor().submit(() -> ctx.round().meeting().agenda().order().size()).get();
        } catch (Exception e) {
            return -1;
        }
    }
}
