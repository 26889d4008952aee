package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The window opens with only the Submissions view built; each other view is built when first chosen. */
class LazyTabsTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH);

    private AppContext ctx;

    @Test
    void eachTabIsBuiltOnItsFirstSelectionAndKeptAfterwards(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).filteredOn(t -> t.getContent() != null).extracting(Tab::getId)
                .containsExactly("submissionsTab");
        robot.clickOn("Results");
        Tab results = tabs.getTabs().stream().filter(t -> t.getId().equals("resultsTab")).findFirst().orElseThrow();
        waitUntil(() -> results.getContent() != null);
        waitUntil(() -> robot.lookup("#resultsTable").tryQuery().isPresent());
        javafx.scene.Node built = results.getContent();
        robot.clickOn("Submissions");
        robot.clickOn("Results");
        assertThat(results.getContent()).isSameAs(built);
        assertThat(tabs.getTabs()).filteredOn(t -> t.getContent() == null).extracting(Tab::getId)
                .containsExactlyInAnyOrder("scoringTab", "rubricTab", "compareTab", "meetingTab");
    }
}
