package kr.sangsaeng.review.ui;

import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's one resource bundle: {@code messages.properties} (English) and {@code messages_ko.properties}. */
public final class Messages {
    public static final String BUNDLE = "kr.sangsaeng.review.ui.messages";

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        // Without this control an English UI on a Korean system would fall back to the system locale.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The language to show: the one chosen in settings, else the system's when it is Korean, else English. */
    public static Locale chooseLocale(String setting) {
        if (setting != null && !setting.isBlank()) {
            return Locale.forLanguageTag(setting);
        }
        return "ko".equals(Locale.getDefault().getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
    }
}
