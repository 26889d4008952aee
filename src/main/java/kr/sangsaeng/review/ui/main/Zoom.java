package kr.sangsaeng.review.ui.main;

import javafx.scene.Parent;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.ui.common.WindowDefaults;

/**
 * View → Zoom: the whole window's text and controls grow or shrink together (every size in the
 * style sheet follows the root font size), for a laptop at 150% or a projector, and so do the dialogs
 * it opens. Kept in the settings.
 */
final class Zoom {
    static final String SETTING = "ui.zoom";
    /** The steps Ctrl+Plus and Ctrl+Minus move through, in percent. */
    static final int[] STEPS = {80, 90, 100, 110, 125, 150, 175, 200};
    /** JavaFX's own default font size, in pixels, which 100% keeps. */
    private static final double BASE_PX = 13;

    private final Settings settings;
    private final Parent root;
    private int percent;

    Zoom(Settings settings, Parent root) {
        this.settings = settings;
        this.root = root;
        this.percent = nearestStep(settings.getDouble(SETTING, 100));
        apply();
    }

    int percent() {
        return percent;
    }

    void in() {
        set(step(+1));
    }

    void out() {
        set(step(-1));
    }

    void reset() {
        set(100);
    }

    private int step(int direction) {
        int i = java.util.Arrays.binarySearch(STEPS, percent);
        int next = Math.max(0, Math.min(STEPS.length - 1, i + direction));
        return STEPS[next];
    }

    private void set(int p) {
        percent = p;
        settings.put(SETTING, Integer.toString(p));
        apply();
    }

    private void apply() {
        WindowDefaults.zoom(root, BASE_PX * percent / 100);
    }

    private static int nearestStep(double wanted) {
        int best = 100;
        for (int s : STEPS) {
            if (Math.abs(s - wanted) < Math.abs(best - wanted)) {
                best = s;
            }
        }
        return best;
    }
}
