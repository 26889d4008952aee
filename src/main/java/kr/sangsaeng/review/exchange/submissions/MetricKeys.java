package kr.sangsaeng.review.exchange.submissions;

import java.util.Locale;
import java.util.Set;

/** Keys for metrics an import adds: the label in lower case with underscores, made unique in the round. */
final class MetricKeys {
    private MetricKeys() {
    }

    static String unique(String label, Set<String> taken) {
        StringBuilder sb = new StringBuilder();
        for (char c : label.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
                sb.append('_');
            }
        }
        String base = sb.toString().replaceAll("_+$", "");
        if (base.isEmpty()) {
            base = "metric";
        }
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "_" + n;
        }
        taken.add(key);
        return key;
    }
}
