package kr.sangsaeng.review.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.scoring.ChosenReviewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tab, pressed again and again from a view's first control at 1280×800, reaches every control a
 * person needs (a text area does not swallow it) and goes in reading order: the controls above the
 * columns, then the left column top to bottom, then the next column to the right.
 */
class TabOrderTest {
    /** Screen pixels two controls on one line may differ by in their tops. */
    private static final double TOLERANCE = 8;

    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH).beforeShowing(TabOrderTest::chooseAReviewer);

    private AppContext ctx;
    private Stage stage;

    private static void chooseAReviewer(AppContext ctx) {
        // A chosen reviewer, so that Scoring's comment box is open for writing.
        ChosenReviewer.choose(ctx.round().store(), "최민수 (test)");
    }

    @Test
    void submissions(FxRobot robot) throws Exception {
        assertReadingOrder(robot, "submissionsTab", "searchField", "areaFilter", "table");
    }

    @Test
    void scoring(FxRobot robot) throws Exception {
        assertReadingOrder(robot, "scoringTab", "reviewerChoice", "rubricBox", "commentArea", "historyPane");
    }

    @Test
    void results(FxRobot robot) throws Exception {
        assertReadingOrder(robot, "resultsTab", "methodBox", "resultsTable", "weight-impact", "decisionBox", "noteArea",
                "saveNoteButton");
    }

    @Test
    void compare(FxRobot robot) throws Exception {
        assertReadingOrder(robot, "compareTab", "chartKindPicker", "chartExportButton");
    }

    @Test
    void rubricAndReviewers(FxRobot robot) throws Exception {
        assertReadingOrder(robot, "rubricTab", "criteriaTable", "labelField", "guidanceArea", "blindCheck",
                "reviewersTable", "nameField", "roleField", "clearReviewerButton");
    }

    @Test
    void meeting(FxRobot robot) throws Exception {
        assertReadingOrder(robot, "meetingTab", "actingPicker", "projectorButton", "agendaList", "timerButton",
                "revealCheck", "minutesArea", "decisionPicker", "noteKindPicker", "noteField");
    }

    /** Presses Tab from the tab's header until the focus leaves the view; checks what it met. */
    private void assertReadingOrder(FxRobot robot, String tabId, String... keyControls) throws Exception {
        TabPane tabs = (TabPane) stage.getScene().lookup("#tabs");
        Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        for (int k = 0; k < 6; k++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(200);
        }
        if (tabId.equals("resultsTab")) {
            // A decided case is selected, so that its decision note is open for writing.
            robot.interact(() -> ((javafx.scene.control.TableView<?>) stage.getScene().lookup("#resultsTable"))
                    .getSelectionModel().select(0));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<Object> box = (javafx.scene.control.ComboBox<Object>) stage.getScene().lookup("#decisionBox");
                box.getSelectionModel().select(1);
            });
            FxTestSupport.waitUntil(() -> !stage.getScene().lookup("#noteArea").isDisabled());
        }
        robot.interact(tabs::requestFocus);
        List<Node> visited = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            AtomicReference<Node> owner = new AtomicReference<>();
            robot.interact(() -> owner.set(stage.getScene().getFocusOwner()));
            Node node = owner.get();
            if (node == null || !inside(node, tab.getContent())) {
                if (!visited.isEmpty()) {
                    break;
                }
                continue;
            }
            if (!visited.isEmpty() && visited.get(visited.size() - 1) == node) {
                break; // Tab no longer moves
            }
            if (visited.contains(node)) {
                break; // round again
            }
            visited.add(node);
            names.add(name(node));
        }
        assertThat(names).as("controls Tab reaches in %s", tab.getText()).contains(keyControls);
        List<String> order = new ArrayList<>();
        robot.interact(() -> {
            SplitPane columns = columns(tab.getContent());
            int lastColumn = -1;
            Bounds last = null;
            for (Node n : visited) {
                int column = column(n, columns);
                Bounds b = n.localToScreen(n.getBoundsInLocal());
                if (column < lastColumn) {
                    order.add(name(n) + " (column " + column + ") comes after a control in column " + lastColumn);
                } else if (column == lastColumn && last != null && b.getMinY() < last.getMinY() - TOLERANCE
                        && b.getMinX() < last.getMaxX() - TOLERANCE) {
                    order.add(name(n) + " at " + (int) b.getMinX() + "," + (int) b.getMinY() + " is above and left of the one before");
                }
                lastColumn = column;
                last = b;
            }
        });
        assertThat(order).as("reading order in %s: %s", tab.getText(), names).isEmpty();
    }

    private static boolean inside(Node node, Node root) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    /** The view's side-by-side columns: its first left-to-right split pane, or none. */
    private static SplitPane columns(Node root) {
        if (root instanceof SplitPane split && split.getOrientation() == Orientation.HORIZONTAL) {
            return split;
        }
        if (root instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                SplitPane found = columns(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** -1 for a control above or outside the columns (a toolbar), else the index of its column. */
    private static int column(Node node, SplitPane columns) {
        if (columns == null) {
            return 0;
        }
        for (int i = 0; i < columns.getItems().size(); i++) {
            if (inside(node, columns.getItems().get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String name(Node node) {
        return node.getId() != null ? node.getId() : node.getClass().getSimpleName();
    }
}
