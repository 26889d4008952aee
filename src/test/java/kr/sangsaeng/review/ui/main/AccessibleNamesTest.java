package kr.sangsaeng.review.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

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
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.FxTestSupport;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A screen reader names every control a person can operate: a button by its text, any other control
 * by its accessible text or the label that is {@code labelFor} it; and it reads help (accessible help,
 * or a tooltip) for each control whose name alone does not say what it does. The walk covers every
 * tab and the dialogs the menus open.
 */
class AccessibleNamesTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH);

    private AppContext ctx;
    private Stage stage;

    /**
     * Controls whose name says what they do: the menus, and plain commands (undo, move, add, save,
     * remove, clear) and fields named for the value they hold.
     */
    private static final Set<String> SAYS_IT_ALL = Set.of("upButton", "downButton", "addCriterionButton",
            "removeCriterionButton", "revertButton", "saveRubricButton", "nameField", "roleField", "labelField",
            "clearReviewerButton", "saveReviewerButton", "removeReviewerButton", "saveNoteButton", "searchField",
            "areaFilter", "methodBox", "cancelButton", "withdrawButton", "reopenButton",
            "newRoundName", "newRoundYear", "newRoundOrganisers", "newRoundRubric", "newRoundBlind", "exportFormat", "exportBrowse", "packChooseButton", "aboutLicences");

    @Test
    void everyInteractiveControlInEveryTabHasANameAndHelp(FxRobot robot) throws Exception {
        TabPane tabs = (TabPane) stage.getScene().lookup("#tabs");
        List<String> unnamed = new ArrayList<>();
        List<String> unhelped = new ArrayList<>();
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
                walk(stage.getScene().getRoot(), tabs.getTabs().get(index).getText(), labelled, unnamed, unhelped);
            });
            // A tab's own inner tabs (the Meeting tab's pledge and ballot pages) are walked one by one.
            List<TabPane> inner = new ArrayList<>();
            robot.interact(() -> tabs.getTabs().get(index).getContent().lookupAll(".tab-pane").stream()
                    .filter(n -> n != tabs && n.isVisible() && n.getScene() != null && n instanceof TabPane)
                    .forEach(n -> inner.add((TabPane) n)));
            for (TabPane pane : inner) {
                for (int j = 0; j < pane.getTabs().size(); j++) {
                    int page = j;
                    robot.interact(() -> pane.getSelectionModel().select(page));
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        Set<Node> labelled = new HashSet<>();
                        collectLabelled(stage.getScene().getRoot(), labelled);
                        walk(pane.getTabs().get(page).getContent(), tabs.getTabs().get(index).getText() + " › "
                                + pane.getTabs().get(page).getText(), labelled, unnamed, unhelped);
                    });
                }
                robot.interact(() -> pane.getSelectionModel().select(0));
            }
        }
        assertThat(unnamed).as("controls a screen reader cannot name").isEmpty();
        assertThat(unhelped).as("controls without help").isEmpty();
    }

    @Test
    void everyControlOfTheMenusDialogsHasANameAndHelp(FxRobot robot) throws Exception {
        List<String> unnamed = new ArrayList<>();
        List<String> unhelped = new ArrayList<>();
        for (String[] item : new String[][] {{"menu.file", "menu.file.new"}, {"menu.file", "menu.file.exportScores"},
                {"menu.file", "menu.file.exportShortlist"}, {"menu.help", "menu.help.shortcuts"}, {"menu.help", "menu.help.about"}}) {
            robot.interact(stage::requestFocus);
            robot.clickOn(ctx.text(item[0])).clickOn(ctx.text(item[1]));
            FxTestSupport.waitUntil(() -> dialog() != null);
            Window dialog = dialog();
            robot.interact(() -> {
                Set<Node> labelled = new HashSet<>();
                collectLabelled(dialog.getScene().getRoot(), labelled);
                walk(dialog.getScene().getRoot(), ctx.text(item[1]), labelled, unnamed, unhelped);
                dialog.hide();
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(unnamed).as("controls a screen reader cannot name").isEmpty();
        assertThat(unhelped).as("controls without help").isEmpty();
    }

    private Window dialog() {
        return Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage && w.isShowing())
                .findFirst().orElse(null);
    }

    /** Help is read after the name; a tooltip serves as help too. Plain commands need none. */
    private static boolean helped(Control c) {
        if (c.getAccessibleHelp() != null && !c.getAccessibleHelp().isBlank() || c.getTooltip() != null) {
            return true;
        }
        if (c.getStyleClass().contains("menu-button") && c.getParent() != null
                && c.getParent().getStyleClass().contains("container") || c.getClass().getSimpleName().equals("MenuBarButton")) {
            return true;
        }
        if (c instanceof ButtonBase b && b.getParent() != null && b.getParent().getStyleClass().contains("container")
                && b.getParent().getParent() != null && b.getParent().getParent().getStyleClass().contains("button-bar")) {
            return true; // a dialog's own OK, Cancel, Close: the dialog's text says what they answer
        }
        return c.getId() != null && SAYS_IT_ALL.contains(c.getId());
    }

    private static void collectLabelled(Node node, Set<Node> labelled) {
        if (node instanceof Label l && l.getLabelFor() != null) {
            labelled.add(l.getLabelFor());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectLabelled(c, labelled));
        }
    }

    private static void walk(Node node, String tab, Set<Node> labelled, List<String> unnamed, List<String> unhelped) {
        if (!node.isVisible()) {
            return;
        }
        if (interactive(node) && !named((Control) node, labelled)) {
            unnamed.add(tab + ": " + node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()));
        }
        if (interactive(node) && !helped((Control) node)) {
            unhelped.add(tab + ": " + node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()));
        }
        // A control's own parts (a spinner's field, a combo box's button) are named by the control.
        if (node instanceof Parent p && !(node instanceof Spinner || node instanceof ComboBoxBase)) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, tab, labelled, unnamed, unhelped));
        }
    }

    private static boolean interactive(Node node) {
        if (node.getStyleClass().contains("table-cell") || node.getStyleClass().contains("list-cell")
                || node.getStyleClass().contains("scroll-bar") || node.getStyleClass().contains("column-header")) {
            return false;
        }
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase
                || node instanceof javafx.scene.control.ChoiceBox || node instanceof Spinner || node instanceof Slider || node instanceof TableView || node instanceof ListView;
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
