package kr.sangsaeng.review.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.SangsaengApp;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every tab at 1024×640 and 1280×800, in Korean and English, drawn headless and saved as a PNG
 * (target/screenshots, or the folder named by -Dsangsaeng.screenshots, e.g. docs/screenshots), and
 * no label a person reads cut to an ellipsis: the tab names, the view's buttons and headings.
 */
@ExtendWith(ApplicationExtension.class)
class ViewScreenshotsTest {
    private static final List<String> TABS = List.of("submissionsTab", "scoringTab", "rubricTab", "compareTab", "resultsTab",
            "meetingTab");

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @CsvSource({"ko, 1024, 640", "ko, 1280, 800", "en, 1024, 640", "en, 1280, 800"})
    void everyViewDrawsWithoutCuttingWhatAPersonReads(String language, int width, int height, FxRobot robot) throws Exception {
        AppContext ctx = FxTestSupport.demoContext(Files.createTempDirectory(dir, language), Locale.forLanguageTag(language));
        ctx.settings().put("window.width", Integer.toString(width));
        ctx.settings().put("window.height", Integer.toString(height));
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            stage.set(s);
            SangsaengApp.showMainWindow(ctx, s);
        });
        Path out = Path.of(System.getProperty("sangsaeng.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        List<String> clipped = new ArrayList<>();
        try {
            TabPane tabs = (TabPane) stage.get().getScene().lookup("#tabs");
            for (String id : TABS) {
                robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                        .filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
                if (id.equals("resultsTab")) { // the agreement's figures are there to be drawn
                    FxTestSupport.waitUntil(() -> stage.get().getScene().lookup("#agreementHeadline")
                            instanceof javafx.scene.control.Label headline && !headline.getText().isEmpty());
                }
                settle();
                Path png = out.resolve(id.replace("Tab", "") + "-" + width + "x" + height + "-" + language + ".png");
                AtomicReference<WritableImage> shot = new AtomicReference<>();
                robot.interact(() -> shot.set(stage.get().getScene().snapshot(null)));
                ImageIO.write(SwingFXUtils.fromFXImage(shot.get(), null), "png", png.toFile());
                robot.interact(() -> collectClipped(stage.get().getScene().getRoot(), id, clipped));
                if (id.equals("resultsTab") && width >= 1280) {
                    robot.interact(() -> collectScrolled(stage.get().getScene(), "#agreementScroll", clipped));
                }
            }
        } finally {
            robot.interact(() -> stage.get().close());
            ctx.close();
        }
        assertThat(clipped).as("labels cut to an ellipsis, panes that scroll at full size (%s, %d×%d)", language, width, height).isEmpty();
    }

    /** Lets the view read the file and lay itself out (background reads, then a few pulses). */
    private static void settle() throws Exception {
        for (int i = 0; i < 6; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(250);
        }
    }

    /** A pane at the window's full size that should show all it holds, yet needs its scroll bar. */
    private static void collectScrolled(javafx.scene.Scene scene, String pane, List<String> clipped) {
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) scene.lookup(pane);
        double needed = scroll.getContent().getLayoutBounds().getHeight();
        double shown = scroll.getViewportBounds().getHeight();
        if (needed > shown + 0.5) {
            clipped.add(pane + " needs a scroll bar: " + Math.round(needed) + " px in " + Math.round(shown) + " px");
        }
    }

    /**
     * Buttons, tabs, headings and other labels drawn shorter than their text. Table cells are left
     * out: a cell shows its whole text in the case pane or as a tooltip.
     */
    private static void collectClipped(Node node, String tab, List<String> clipped) {
        if (!node.isVisible() || node.getStyleClass().contains("table-cell") || node.getStyleClass().contains("list-cell")) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                && l.lookup(".text") instanceof Text drawn && !l.getText().equals(drawn.getText())
                && drawn.getText().endsWith(l.getEllipsisString())) {
            clipped.add(tab + ": \"" + l.getText() + "\" drawn as \"" + drawn.getText() + "\"");
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectClipped(c, tab, clipped));
        }
    }
}
