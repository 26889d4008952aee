package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.SangsaengApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window opens with only the Submissions view built; each other view is built when first chosen. */
@ExtendWith(ApplicationExtension.class)
class LazyTabsTest {
    @TempDir
    static Path dir;

    private AppContext ctx;

    @Start
    void start(Stage stage) throws Exception {
        ctx = FxTestSupport.demoContext(Files.createTempDirectory(dir, "ui"), Locale.ENGLISH);
        SangsaengApp.showMainWindow(ctx, stage);
    }

    @AfterEach
    void closeFile() {
        ctx.close();
    }

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
