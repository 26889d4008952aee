package kr.sangsaeng.review.model;

import java.util.Locale;
import java.util.Optional;

/** The three kinds of support a platform's case can offer small merchants. */
public enum SupportArea {
    MANAGEMENT("management", "경영지원"),
    FINANCIAL("financial", "자금지원"),
    SALES_CHANNEL("sales_channel", "판로지원");

    private final String key;
    private final String korean;

    SupportArea(String key, String korean) {
        this.key = key;
        this.korean = korean;
    }

    /** Stable key used in the review file and in CSV files. */
    public String key() {
        return key;
    }

    /** Reads a key, an English name or the Korean name as people write it in a submission file. */
    public static Optional<SupportArea> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (SupportArea a : values()) {
            if (t.equals(a.key) || t.equals(a.korean) || t.equals(a.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return switch (t) {
            case "경영", "management_support" -> Optional.of(MANAGEMENT);
            case "자금", "금융지원", "finance", "financial_support" -> Optional.of(FINANCIAL);
            case "판로", "sales", "sales_channel_support", "channel" -> Optional.of(SALES_CHANNEL);
            default -> Optional.empty();
        };
    }
}
