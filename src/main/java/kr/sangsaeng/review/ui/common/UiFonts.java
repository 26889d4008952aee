package kr.sangsaeng.review.ui.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the bundled Korean font so Hangul renders on machines without CJK fonts, and tells the
 * scene which family to use.
 */
public final class UiFonts {
    private static final String REGULAR = "/kr/sangsaeng/review/fonts/NanumGothic.ttf";
    private static final String BOLD = "/kr/sangsaeng/review/fonts/NanumGothicBold.ttf";
    private static String family;

    private UiFonts() {
    }

    /** Loads the fonts once and returns the family name to put in the root style. */
    public static synchronized String family() {
        if (family == null) {
            Font regular = load(REGULAR);
            load(BOLD);
            family = regular != null ? regular.getFamily() : Font.getDefault().getFamily();
        }
        return family;
    }

    /** The inline style that makes a scene's root use the bundled font. */
    public static String rootStyle() {
        return "-fx-font-family: \"" + family() + "\";";
    }

    private static Font load(String resource) {
        try (InputStream in = UiFonts.class.getResourceAsStream(resource)) {
            return in == null ? null : Font.loadFont(in, 13);
        } catch (IOException e) {
            return null;
        }
    }
}
