package kr.sangsaeng.review.ui.common;

import java.util.Map;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;

/**
 * Every window the app opens — alerts, dialogs, text-input and choice dialogs, tool windows, popups —
 * draws with the bundled Korean font and words the standard buttons in the UI's language. On a machine
 * without a Korean font (a CI machine, a fresh Windows install in English) JavaFX otherwise draws
 * Hangul in dialogs as empty boxes, and JavaFX words 예/아니요 by the system locale, not the app's.
 *
 * <p>It listens to JavaFX's own global list of windows, so dialogs added anywhere in {@code ui} are
 * covered without each one remembering to. The native file chooser is drawn by the system and keeps
 * the system's font.
 */
public final class WindowDefaults {
    private static final Map<ButtonType, String> KEYS = Map.of(
            ButtonType.OK, "button.ok", ButtonType.CANCEL, "button.cancel", ButtonType.YES, "button.yes",
            ButtonType.NO, "button.no", ButtonType.CLOSE, "button.close", ButtonType.APPLY, "button.apply",
            ButtonType.FINISH, "button.finish", ButtonType.NEXT, "button.next", ButtonType.PREVIOUS, "button.previous");

    /** Where a main window keeps its language, so its dialogs find it through their owners. */
    private static final String TEXTS = WindowDefaults.class.getName() + ".texts";
    private static boolean listening;

    private WindowDefaults() {
    }

    /**
     * Call on the FX thread before the main window shows. The language is kept on its scene, not in a
     * global: a dialog takes the language of the window that owns it (tests open several contexts,
     * and reuse one stage with new scenes).
     */
    public static void install(ResourceBundle texts, Scene main) {
        main.getProperties().put(TEXTS, texts);
        if (listening) {
            return;
        }
        listening = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WindowDefaults::prepare);
            }
        });
        Window.getWindows().forEach(WindowDefaults::prepare);
    }

    private static void prepare(Window window) {
        apply(window.getScene());
        window.sceneProperty().addListener((o, old, scene) -> apply(scene));
    }

    private static void apply(Scene scene) {
        if (scene == null || scene.getRoot() == null) {
            return;
        }
        useBundledFont(scene.getRoot());
        DialogPane pane = dialogPane(scene.getRoot());
        if (pane != null) {
            translateButtons(pane, textsOf(scene.getWindow()));
        }
    }

    /** The language of the nearest window up the owner chain that has one; null when none has. */
    private static ResourceBundle textsOf(Window window) {
        for (Window w = window; w != null; w = ownerOf(w)) {
            if (w.getScene() != null && w.getScene().getProperties().get(TEXTS) instanceof ResourceBundle texts) {
                return texts;
            }
        }
        return null;
    }

    private static Window ownerOf(Window w) {
        if (w instanceof javafx.stage.Stage s) {
            return s.getOwner();
        }
        return w instanceof javafx.stage.PopupWindow p ? p.getOwnerWindow() : null;
    }

    /** Adds the bundled family to the root's inline style, keeping what the window set itself. */
    public static void useBundledFont(Parent root) {
        String style = root.getStyle() == null ? "" : root.getStyle();
        if (!style.contains("-fx-font-family")) {
            root.setStyle(UiFonts.rootStyle() + (style.isEmpty() ? "" : " " + style));
        }
    }

    private static DialogPane dialogPane(Parent root) {
        if (root instanceof DialogPane pane) {
            return pane;
        }
        Node found = root.lookup(".dialog-pane");
        return found instanceof DialogPane pane ? pane : null;
    }

    /** The standard button types carry JavaFX's words in the system's language; ours follow the UI. */
    public static void translateButtons(DialogPane pane, ResourceBundle texts) {
        if (texts == null) {
            return;
        }
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            if (key != null && texts.containsKey(key) && pane.lookupButton(type) instanceof Button b) {
                b.setText(texts.getString(key));
            }
        }
    }
}
