package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.format.Figures;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.ShortlistOutcome;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.charts.ChartTexts;
import kr.sangsaeng.review.model.Submission;

/**
 * The PDF's words in the report's language. They live in the app's one bundle under
 * {@code report.} keys, read through {@link ChartTexts}, which reaches the bundle without the ui
 * package so that a headless export can use it.
 */
final class ReportTexts {
    private final ChartTexts texts;
    private final Locale locale;

    ReportTexts(Locale locale) {
        this.locale = "ko".equals(locale.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        this.texts = ChartTexts.of(this.locale);
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        return texts.text(key, args);
    }

    String method(PanelMethod m) {
        return switch (m) {
            case MEAN -> text("chart.method.mean");
            case MEDIAN -> text("chart.method.median");
            case TRIMMED -> text("chart.method.trimmed");
            case ZSCORE -> text("chart.method.zscore");
        };
    }

    String outcome(ShortlistOutcome o) {
        return switch (o) {
            case SHORTLISTED -> text("report.outcome.shortlisted");
            case BELOW_CUT -> text("report.outcome.belowCut");
            case AREA_FULL -> text("report.outcome.areaFull");
            case TOO_FEW_REVIEWS -> text("report.outcome.tooFewReviews");
            case NO_SCORE -> text("report.outcome.noScore");
        };
    }

    /** A decision kind by its key ({@code awarded}) in the report's language. */
    String decision(String key) {
        return text("decision." + key);
    }

    String decision(kr.sangsaeng.review.model.DecisionKind k) {
        return decision(k.key());
    }

    String rule(ShortlistRule r) {
        List<String> parts = new ArrayList<>();
        if (r.topN() > 0) {
            parts.add(text("report.rule.top", r.topN()));
        }
        if (r.hasThreshold()) {
            parts.add(text("report.rule.threshold", Figures.plain(r.threshold())));
        }
        if (r.maxPerArea() > 0) {
            parts.add(text("report.rule.maxPerArea", r.maxPerArea()));
        }
        parts.add(text("report.rule.minReviews", r.minReviews()));
        return String.join(", ", parts);
    }

    String areas(Submission s) {
        return String.join(", ", s.areas().stream().sorted().map(a -> text("area." + a.key())).toList());
    }

    String percent(OptionalDouble p) {
        return p.isEmpty() ? Figures.MISSING : Figures.percent(p.getAsDouble(), locale);
    }

    String dateTime(String isoInstant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(Instant.parse(isoInstant));
    }
}
