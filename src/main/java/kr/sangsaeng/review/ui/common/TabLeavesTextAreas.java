package kr.sangsaeng.review.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab move the focus out of a text area instead of typing a tab character, so a person
 * working by keyboard reaches everything after a comment or note box. Ctrl+Tab (Cmd+Tab on a Mac)
 * keeps JavaFX's own meaning inside a text area.
 *
 * <p>It is one filter on the scene, which {@link WindowDefaults} installs on every window the app
 * opens, so every text area — in a view, a dialog or a tool window — behaves the same without each
 * remembering to. JavaFX has no public call to move the focus on, so the filter hands the text area
 * the key its own behaviour already treats as "move the focus on": the shortcut key with Tab.
 */
public final class TabLeavesTextAreas {
    private static final String INSTALLED = TabLeavesTextAreas.class.getName();
    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("mac");

    private TabLeavesTextAreas() {
    }

    /** Installs the filter once per scene; calling it again does nothing. */
    public static void install(Scene scene) {
        if (scene.getProperties().putIfAbsent(INSTALLED, Boolean.TRUE) != null) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, TabLeavesTextAreas::filter);
    }

    private static void filter(KeyEvent e) {
        if (e.getCode() != KeyCode.TAB || e.isControlDown() || e.isMetaDown() || e.isAltDown()
                || !(e.getTarget() instanceof Node target)) {
            return;
        }
        TextArea area = enclosingTextArea(target);
        if (area == null) {
            return;
        }
        e.consume();
        area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), !MAC, false, MAC));
    }

    private static TextArea enclosingTextArea(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TextArea area) {
                return area;
            }
        }
        return null;
    }
}
