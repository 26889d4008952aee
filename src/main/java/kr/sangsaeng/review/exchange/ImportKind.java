package kr.sangsaeng.review.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an import file holds (docs/file-formats.md). */
public enum ImportKind {
    SUBMISSIONS, RUBRIC, SCORES;

    /** The word the command line uses: {@code submissions}, {@code rubric}, {@code scores}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportKind> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equalsIgnoreCase(key.strip())).findFirst();
    }
}
