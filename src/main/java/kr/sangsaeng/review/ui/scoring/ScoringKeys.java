package kr.sangsaeng.review.ui.scoring;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The Scoring view's keyboard: digits score the focused criterion, Up/Down move between criteria,
 * Enter or Ctrl+Right go to the next case to score, Ctrl+Left goes back, Ctrl+Z / Ctrl+Shift+Z (or
 * Ctrl+Y) undo and redo, Delete clears a score. Installed on the scene, so it works even when the tab
 * header has focus, but only while the view is showing and never while text is being typed.
 */
final class ScoringKeys implements EventHandler<KeyEvent> {
    private final ScoringViewModel vm;
    private final Node view;
    private final Node home;

    /**
     * @param view the Scoring view's root, to tell whether it is showing
     * @param home the node that takes focus back after a key, so keys keep coming here
     */
    ScoringKeys(ScoringViewModel vm, Node view, Node home) {
        this.vm = vm;
        this.view = view;
        this.home = home;
    }

    @Override
    public void handle(KeyEvent e) {
        if (!showing(view) || e.getTarget() instanceof TextInputControl || e.getTarget() instanceof ComboBoxBase) {
            return;
        }
        if (!act(e)) {
            return;
        }
        e.consume();
        if (!home.isFocused()) {
            home.requestFocus();
        }
    }

    private boolean act(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean shortcut = e.isShortcutDown();
        int digit = digit(code);
        if (digit >= 0 && !shortcut && !e.isAltDown()) {
            vm.editor().typeDigit(digit, System.currentTimeMillis());
        } else if (code == KeyCode.UP && !shortcut) {
            vm.focusUp();
        } else if (code == KeyCode.DOWN && !shortcut) {
            vm.focusDown();
        } else if (code == KeyCode.ENTER || (code == KeyCode.RIGHT && shortcut)) {
            vm.forward();
        } else if (code == KeyCode.LEFT && shortcut) {
            vm.previous();
        } else if (code == KeyCode.Z && shortcut) {
            if (e.isShiftDown()) {
                vm.editor().redo();
            } else {
                vm.editor().undo();
            }
        } else if (code == KeyCode.Y && shortcut) {
            vm.editor().redo();
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            vm.editor().clearFocused();
        } else {
            return false;
        }
        return true;
    }

    private static int digit(KeyCode code) {
        int d = code.ordinal() - KeyCode.DIGIT0.ordinal();
        if (d >= 0 && d <= 9) {
            return d;
        }
        int n = code.ordinal() - KeyCode.NUMPAD0.ordinal();
        return n >= 0 && n <= 9 ? n : -1;
    }

    /** A tab's content stays in the scene when another tab is selected; it is only made invisible. */
    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
