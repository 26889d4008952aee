package kr.sangsaeng.review.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen reader names every control a person can operate: a button by its text, any other control
 * by its accessible text or the label that is {@code labelFor} it. The walk covers every tab.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
    @TempDir
    static Path dir;

    private AppContext ctx;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        ctx = FxTestSupport.demoContext(Files.createTempDirectory(dir, "a11y"), Locale.ENGLISH);
        SangsaengApp.showMainWindow(ctx, stage);
    }

    @AfterEach
    void closeFile() {
        ctx.close();
    }

    @Test
    void everyInteractiveControlInEveryTabHasAName(FxRobot robot) throws Exception {
        TabPane tabs = (TabPane) stage.getScene().lookup("#tabs");
        List<String> unnamed = new ArrayList<>();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            for (int k = 0; k < 6; k++) {
                WaitForAsyncUtils.waitForFxEvents();
                Thread.sleep(200);
            }
            robot.interact(() -> {
                Set<Node> labelled = new HashSet<>();
                collectLabelled(stage.getScene().getRoot(), labelled);
                walk(stage.getScene().getRoot(), tabs.getTabs().get(index).getText(), labelled, unnamed);
            });
        }
        assertThat(unnamed).as("controls a screen reader cannot name").isEmpty();
    }

    private static void collectLabelled(Node node, Set<Node> labelled) {
        if (node instanceof Label l && l.getLabelFor() != null) {
            labelled.add(l.getLabelFor());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectLabelled(c, labelled));
        }
    }

    private static void walk(Node node, String tab, Set<Node> labelled, List<String> unnamed) {
        if (!node.isVisible()) {
            return;
        }
        if (interactive(node) && !named((Control) node, labelled)) {
            unnamed.add(tab + ": " + node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()));
        }
        // A control's own parts (a spinner's field, a combo box's button) are named by the control.
        if (node instanceof Parent p && !(node instanceof Spinner || node instanceof ComboBoxBase)) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, tab, labelled, unnamed));
        }
    }

    private static boolean interactive(Node node) {
        if (node.getStyleClass().contains("table-cell") || node.getStyleClass().contains("list-cell")
                || node.getStyleClass().contains("scroll-bar") || node.getStyleClass().contains("column-header")) {
            return false;
        }
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase
                || node instanceof Spinner || node instanceof Slider || node instanceof TableView || node instanceof ListView;
    }

    private static boolean named(Control c, Set<Node> labelled) {
        if (c.getAccessibleText() != null && !c.getAccessibleText().isBlank()) {
            return true;
        }
        if (labelled.contains(c)) {
            return true;
        }
        return c instanceof Labeled l && l.getText() != null && !l.getText().isBlank();
    }
}
