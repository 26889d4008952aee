package kr.sangsaeng.review.exchange.table;

import java.util.List;
import java.util.Locale;

/**
 * A column of a fixed file format: its English key (what exports write), its Korean header (what the
 * templates write) and other headers people use for it. Headers match ignoring case, spaces, hyphens
 * and underscores, so {@code Support Area}, {@code support_area} and {@code 지원 분야} all match.
 */
public record Column(String key, String korean, boolean required, List<String> aliases) {
    public Column {
        aliases = List.copyOf(aliases);
    }

    public static Column required(String key, String korean, String... aliases) {
        return new Column(key, korean, true, List.of(aliases));
    }

    public static Column optional(String key, String korean, String... aliases) {
        return new Column(key, korean, false, List.of(aliases));
    }

    public boolean matches(String header) {
        String h = normalize(header);
        if (h.equals(normalize(key)) || h.equals(normalize(korean))) {
            return true;
        }
        for (String a : aliases) {
            if (h.equals(normalize(a))) {
                return true;
            }
        }
        return false;
    }

    static String normalize(String header) {
        StringBuilder sb = new StringBuilder(header.length());
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '\uFEFF') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
