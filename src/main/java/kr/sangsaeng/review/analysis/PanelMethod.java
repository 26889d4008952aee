package kr.sangsaeng.review.analysis;

import java.util.Locale;

/** How the reviewers' totals for one submission become its panel score (docs/analysis.md). */
public enum PanelMethod {
    /** Arithmetic mean of the completed reviews' totals; the default. */
    MEAN("mean"),
    /** Median of the totals (mean of the two middle ones for an even count). */
    MEDIAN("median"),
    /** Mean after dropping one highest and one lowest total, when there are at least five. */
    TRIMMED("trimmed"),
    /** Mean of per-reviewer z-scores, reported as 50 + 10·z so that it reads like a 0–100 score. */
    ZSCORE("zscore");

    private final String key;

    PanelMethod(String key) {
        this.key = key;
    }

    /** The key used on the command line, in exports and in settings. */
    public String key() {
        return key;
    }

    /** Reads a key such as {@code "trimmed"}; case and surrounding blanks do not matter. */
    public static PanelMethod fromKey(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (PanelMethod m : values()) {
            if (m.key.equals(k)) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown panel method '" + key
                + "'; use one of mean, median, trimmed, zscore");
    }
}
