package kr.sangsaeng.review.ui.compare;

import java.util.Locale;

/** Choosing a growth figure's baseline on an imported round, in the English window. */
class GrowthBaselineViewEnglishTest extends GrowthBaselineViewTest {
    @Override
    Locale locale() {
        return Locale.ENGLISH;
    }
}
