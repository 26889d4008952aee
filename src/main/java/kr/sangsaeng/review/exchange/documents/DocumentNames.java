package kr.sangsaeng.review.exchange.documents;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A submitted file's name is shown, stored and later written back to a folder by {@code export
 * documents}, so it must be one plain file name: no folders ({@code ../../x.pdf}), no control or
 * direction-changing characters that could hide its real ending, not too long for a file system.
 */
public final class DocumentNames {
    static final int MAX_UTF8_BYTES = 255;

    private DocumentNames() {
    }

    /** Why the name cannot be stored, in English, or empty when it can. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("the name is empty");
        }
        if (name.contains("/") || name.contains("\\")) {
            return Optional.of("it names a folder, not just a file");
        }
        if (name.equals(".") || name.equals("..") || name.startsWith(".")) {
            return Optional.of("it starts with a dot");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT) {
                return Optional.of(String.format("it holds the invisible character U+%04X", (int) c));
            }
        }
        if (!name.equals(name.strip())) {
            return Optional.of("it starts or ends with a space");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            return Optional.of("it is longer than 255 bytes");
        }
        return Optional.empty();
    }

    /** The name printed safely: control characters shown as {@code \\uXXXX}. */
    public static String printable(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                b.append(String.format("\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
