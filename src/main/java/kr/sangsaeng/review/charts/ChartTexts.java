package kr.sangsaeng.review.charts;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Chart titles, axis labels and notes in the chart's language. They live in the app's one resource
 * bundle (docs/architecture.md) under {@code chart.} keys; the bundle is named here rather than reached
 * through the ui package because charts must also render headless, for the PDF report.
 */
public final class ChartTexts {
    private static final String BUNDLE = "kr.sangsaeng.review.ui.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private ChartTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ChartTexts of(Locale locale) {
        return new ChartTexts(locale);
    }

    public Locale locale() {
        return locale;
    }

    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Names joined for a note under a chart; long lists are cut with a count of the rest. */
    public String list(List<String> names, int max) {
        if (names.size() <= max) {
            return String.join(", ", names);
        }
        String shown = names.stream().limit(max).collect(Collectors.joining(", "));
        return text("chart.andMore", shown, names.size() - max);
    }
}
