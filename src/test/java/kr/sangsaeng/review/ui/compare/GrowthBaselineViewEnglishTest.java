package kr.sangsaeng.review.ui.compare;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** Choosing a growth figure's baseline on an imported round, in the English window. */
class GrowthBaselineViewEnglishTest extends GrowthBaselineViewTest {
    @Override
    Locale locale() {
        return Locale.ENGLISH;
    }

    /** TestFX looks for the start method on the test class itself, not on the one it extends. */
    @Start
    @Override
    void start(Stage stage) throws Exception {
        super.start(stage);
    }
}
