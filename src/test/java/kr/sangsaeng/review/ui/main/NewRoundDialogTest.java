package kr.sangsaeng.review.ui.main;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.ui.AppContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The new-round dialog creates what was typed and remembers the blind-review choice as the default. */
@ExtendWith(ApplicationExtension.class)
class NewRoundDialogTest {
    @TempDir
    static Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void createsTheRoundTypedAndKeepsBlindReviewAsTheNextDefault(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory(dir, "new");
        AppContext ctx = new AppContext(new Settings(folder.resolve("settings.properties")), Locale.ENGLISH);
        AtomicReference<Optional<NewRoundDialog.Choice>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(NewRoundDialog.show(ctx, stage)));
        waitUntil(() -> robot.lookup("#newRoundName").tryQuery().isPresent());
        robot.clickOn("#newRoundName").write("2023 partnership award");
        robot.clickOn(robot.lookup(".check-box").queryAs(CheckBox.class));
        robot.clickOn("Create…");
        waitUntil(() -> result.get() != null);

        NewRoundDialog.Choice choice = result.get().orElseThrow();
        assertThat(choice.round().name()).isEqualTo("2023 partnership award");
        assertThat(choice.round().blindMode()).isTrue();
        assertThat(choice.sampleRubric()).isTrue();
        assertThat(new Settings(folder.resolve("settings.properties")).get(NewRoundDialog.BLIND_DEFAULT)).contains("true");

        Platform.runLater(() -> result.set(NewRoundDialog.show(ctx, stage)));
        waitUntil(() -> robot.lookup(".check-box").tryQuery().isPresent());
        assertThat(robot.lookup(".check-box").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("Cancel");
        ctx.close();
    }
}
