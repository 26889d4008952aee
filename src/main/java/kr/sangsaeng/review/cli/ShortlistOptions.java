package kr.sangsaeng.review.cli;

import java.util.Locale;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.service.RuleChanges;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The parts of the committee's rule a command may give: {@code rule} stores them, {@code export
 * shortlist} overrides the stored rule with them for that export only. A part not given stays as stored.
 */
final class ShortlistOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--top", paramLabel = "N", description = "Places on the shortlist; 0 for no limit (then a threshold is needed).")
    Integer top;

    @Option(names = "--method", paramLabel = "METHOD", description = "Panel score: mean, median, trimmed or zscore.")
    String method;

    @Option(names = "--threshold", paramLabel = "SCORE",
            description = "Shortlist only cases scoring at least this (0-100); 'none' removes the threshold.")
    String threshold;

    @Option(names = "--max-per-area", paramLabel = "K", description = "At most K cases per support area; 0 for no limit.")
    Integer maxPerArea;

    @Option(names = "--min-reviews", paramLabel = "M", description = "Completed reviews a case needs to be shortlisted automatically.")
    Integer minReviews;

    @Option(names = "--draws", paramLabel = "D", description = "Weight draws of the rank-stability run.")
    Integer draws;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the rank-stability run.")
    Long seed;

    /** The parts given, or a usage error (exit 2) naming the option that cannot be read. */
    RuleChanges changes() {
        try {
            return new RuleChanges(method == null ? null : PanelMethod.fromKey(method.strip()), top, threshold(),
                    maxPerArea, minReviews, draws, seed, null);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Double threshold() {
        if (threshold == null) {
            return null;
        }
        String t = threshold.strip().toLowerCase(Locale.ROOT);
        if (t.equals("none")) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        // "NaN" would silently mean "no threshold"; a score outside 0-100 shortlists all or nothing.
        if (!(value >= 0 && value <= 100)) {
            throw new ParameterException(spec.commandLine(), "--threshold takes a score from 0 to 100 or 'none', not '"
                    + threshold + "'");
        }
        return value;
    }

    static Locale locale(CommandSpec spec, String lang) {
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
