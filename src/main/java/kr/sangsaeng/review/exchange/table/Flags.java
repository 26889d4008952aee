package kr.sangsaeng.review.exchange.table;

import java.util.Locale;
import java.util.Optional;

/** Yes/no cells as people type them in English or Korean: true/false, yes/no, y/n, 1/0, 예/아니오, O/X. */
public final class Flags {
    private Flags() {
    }

    public static Optional<Boolean> parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "예", "네", "o", "○", "v", "✓", "회피" -> Optional.of(true);
            case "false", "no", "n", "0", "아니오", "아니요", "x", "×", "-" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
