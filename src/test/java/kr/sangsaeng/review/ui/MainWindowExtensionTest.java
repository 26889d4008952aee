package kr.sangsaeng.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/** The shared test window comes back where every test expects it, whatever the test before did to it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MainWindowExtensionTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH);

    private AppContext ctx;
    private Stage stage;

    @Test
    @Order(1)
    void givesTheTestTheWindowOnItsOwnRoundInItsOwnFolder(FxRobot robot) {
        assertThat(ctx).isSameAs(window.ctx());
        assertThat(stage.isShowing()).isTrue();
        assertThat(ctx.round().file()).isEqualTo(window.folder().resolve("demo.sangsaeng"));
        assertThat(Files.exists(window.folder().resolve("demo.sangsaeng"))).isTrue();
        robot.interact(() -> {
            stage.setX(300);
            stage.setY(200);
            stage.setWidth(900);
            stage.setHeight(600);
        });
    }

    @Test
    @Order(2)
    void putsTheWindowBackAtTheCornerAtFullSizeAfterATestMovedIt() {
        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                .containsExactly(0, 0, 1280, 800);
    }
}
