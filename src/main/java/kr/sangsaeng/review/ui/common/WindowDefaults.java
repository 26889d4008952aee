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
 * <p>Dialogs and tool windows also take the main window's zoom (View → Zoom), so at 150% an alert
 * reads as large as the window behind it, and change with it while open. Their buttons show their
 * whole label: a button bar otherwise cuts a long one ("2022년 예시 …") rather than widen the dialog.
 *
 * <p>It listens to JavaFX's own global list of windows, so dialogs added anywhere in {@code ui} are
 * covered without each one remembering to. A window joins that list as it starts to show, before its
 * size is worked out, so the font is in place when the buttons are measured. The native file chooser
 * is drawn by the system and keeps the system's font.
 */
public final class WindowDefaults {
    private static final Map<ButtonType, String> KEYS = Map.of(
            ButtonType.OK, "button.ok", ButtonType.CANCEL, "button.cancel", ButtonType.YES, "button.yes",
            ButtonType.NO, "button.no", ButtonType.CLOSE, "button.close", ButtonType.APPLY, "button.apply",
            ButtonType.FINISH, "button.finish", ButtonType.NEXT, "button.next", ButtonType.PREVIOUS, "button.previous");

    /** Where a main window keeps its language, so its dialogs find it through their owners. */
    private static final String TEXTS = WindowDefaults.class.getName() + ".texts";
    /** Where a zoomed root keeps its font size in pixels, so the windows it owns find it. */
    private static final String FONT_PX = WindowDefaults.class.getName() + ".fontPx";
    /** Marks a root that sizes its own type (the projector) and is left out of the zoom. */
    private static final String OWN_SIZE = WindowDefaults.class.getName() + ".ownSize";
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("\\s*-fx-font-size:[^;]*;?");
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
        followZoom(scene);
        TabLeavesTextAreas.install(scene);
        DialogPane pane = dialogPane(scene.getRoot());
        if (pane != null) {
            translateButtons(pane, textsOf(scene.getWindow()));
            showWholeLabels(pane);
        }
    }

    /** An open window after a zoom: a dialog measures its buttons again and fits itself to them. */
    private static void rezoom(Window window) {
        Scene scene = window.getScene();
        if (scene == null || scene.getRoot() == null || !followZoom(scene)) {
            return;
        }
        DialogPane pane = dialogPane(scene.getRoot());
        if (pane != null) {
            showWholeLabels(pane);
            window.sizeToScene();
        }
    }

    /**
     * Sets a main window's zoom: the root's font size, which every size in the style sheet follows,
     * and the same size on every dialog and tool window it owns, open now or opened later.
     */
    public static void zoom(Parent root, double fontPx) {
        root.getProperties().put(FONT_PX, fontPx);
        root.setStyle(withSize(UiFonts.rootStyle(), fontPx));
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() != root) {
                rezoom(w);
            }
        }
    }

    /** Leaves a window's root out of the zoom: it sizes its type itself (the projector's large type). */
    public static void keepOwnSize(Parent root) {
        root.getProperties().put(OWN_SIZE, Boolean.TRUE);
    }

    /**
     * A window other than a main one takes the font size of the nearest zoomed window up its owners.
     * Popups (menus, tooltips, lists) are left alone: their styles already follow the control they
     * open from.
     */
    private static boolean followZoom(Scene scene) {
        Window window = scene.getWindow();
        Parent root = scene.getRoot();
        if (window == null || window instanceof javafx.stage.PopupWindow || root.getProperties().containsKey(FONT_PX)
                || root.getProperties().containsKey(OWN_SIZE)) {
            return false;
        }
        Double px = fontPxOf(ownerOf(window));
        if (px == null) {
            return false;
        }
        root.setStyle(withSize(root.getStyle() == null ? "" : root.getStyle(), px));
        return true;
    }

    private static Double fontPxOf(Window owner) {
        for (Window w = owner; w != null; w = ownerOf(w)) {
            if (w.getScene() != null && w.getScene().getRoot() != null
                    && w.getScene().getRoot().getProperties().get(FONT_PX) instanceof Double px) {
                return px;
            }
        }
        return null;
    }

    /** The style with its font size replaced. */
    static String withSize(String style, double px) {
        String rest = SIZE.matcher(style).replaceAll("").strip();
        return (rest.isEmpty() ? "" : rest + " ") + "-fx-font-size: " + px + "px;";
    }

    /**
     * No dialog button is cut to an ellipsis: each is at least as wide as its label. With three or
     * more choices, each is as wide as its own label rather than all as wide as the widest, so the
     * row still fits the dialog.
     *
     * <p>The button bar fixes each button's width the first time it lays the bar out (a dialog is laid
     * out once to be centred, before it shows and so before it has the zoomed font) and measures the
     * fixed width from then on. Letting the width be computed again makes it measure the label in the
     * font the dialog has now.
     */
    private static void showWholeLabels(DialogPane pane) {
        boolean many = pane.getButtonTypes().size() > 2;
        for (ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof Button b) {
                b.setPrefWidth(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
                b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                if (many) {
                    javafx.scene.control.ButtonBar.setButtonUniformSize(b, false);
                }
            }
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

    /** Adds the bundled family to the root's inline style, keeping what the window set itself (its zoom too). */
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
