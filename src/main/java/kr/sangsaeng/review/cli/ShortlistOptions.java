package kr.sangsaeng.review.cli;

import java.util.Locale;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.StabilityOptions;
import kr.sangsaeng.review.exchange.shortlist.ShortlistSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of {@code export shortlist}: how to rank, the shortlist rule and the stability run. */
final class ShortlistOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--top", paramLabel = "N", defaultValue = "" + ShortlistSettings.DEFAULT_TOP,
            description = "Places on the shortlist; 0 for no limit (then give --threshold). Default: ${DEFAULT-VALUE}.")
    int top;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "mean",
            description = "Panel score: mean, median, trimmed or zscore. Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--threshold", paramLabel = "SCORE", description = "Shortlist only cases scoring at least this (0-100).")
    Double threshold;

    @Option(names = "--max-per-area", paramLabel = "K", defaultValue = "0",
            description = "At most K cases per support area; 0 for no limit. Default: ${DEFAULT-VALUE}.")
    int maxPerArea;

    @Option(names = "--min-reviews", paramLabel = "M", defaultValue = "" + ShortlistRule.DEFAULT_MIN_REVIEWS,
            description = "Completed reviews a case needs to be shortlisted automatically. Default: ${DEFAULT-VALUE}.")
    int minReviews;

    @Option(names = "--draws", paramLabel = "D", defaultValue = "" + StabilityOptions.DEFAULT_DRAWS,
            description = "Weight draws of the rank-stability run. Default: ${DEFAULT-VALUE}.")
    int draws;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + StabilityOptions.DEFAULT_SEED,
            description = "Seed of the rank-stability run. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--lang", paramLabel = "ko|en", description = "Language of the PDF report. Default: the system's.")
    String lang;

    /** The settings, or a usage error (exit 2) naming the option that is out of range. */
    ShortlistSettings settings() {
        if (threshold != null && !(threshold >= 0 && threshold <= 100)) {
            // NaN would silently mean "no threshold"; a score outside 0-100 shortlists all or nothing.
            throw new ParameterException(spec.commandLine(), "--threshold must be a number from 0 to 100, not " + threshold);
        }
        try {
            ShortlistRule rule = new ShortlistRule(top, threshold == null ? Double.NaN : threshold, maxPerArea,
                    minReviews);
            return new ShortlistSettings(PanelMethod.fromKey(method), rule, draws, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    Locale locale() {
        if (lang == null) {
            return Locale.getDefault();
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "ko" -> Locale.KOREAN;
            case "en" -> Locale.ENGLISH;
            default -> throw new ParameterException(spec.commandLine(), "--lang takes ko or en, not '" + lang + "'");
        };
    }
}
