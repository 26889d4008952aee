package kr.sangsaeng.review.charts;

import java.awt.Color;

/**
 * The few colours the charts share. Chosen to stay apart for the common colour-vision
 * deficiencies (blue/orange rather than red/green) and to print legibly in greyscale.
 */
final class ChartColors {
    static final Color PRIMARY = new Color(0x2B, 0x6C, 0xB0);
    static final Color PRIMARY_LIGHT = new Color(0x9C, 0xC2, 0xE6);
    static final Color ACCENT = new Color(0xE0, 0x7B, 0x22);
    static final Color NEUTRAL = new Color(0x9A, 0xA3, 0xAD);
    static final Color GRID = new Color(0xDD, 0xE1, 0xE6);
    static final Color TEXT = new Color(0x22, 0x27, 0x2E);
    static final Color MUTED_TEXT = new Color(0x5B, 0x64, 0x70);
    static final Color CUTOFF = new Color(0xC0, 0x39, 0x2B);

    private ChartColors() {
    }
}
