package kr.sangsaeng.review.exchange.documents;

import java.util.Collection;
import java.util.Optional;

/**
 * Finds the case a file belongs to from the ref that starts its name, as platforms are asked to
 * name them: {@code 2022-03_우아한형제들_신청서.pdf} belongs to case {@code 2022-03}. The ref must be
 * followed by something other than a letter or digit, so {@code 2022-010.pdf} is not case
 * {@code 2022-01}; the longest matching ref wins.
 */
public final class DocumentMatcher {
    private DocumentMatcher() {
    }

    public static Optional<String> refOf(String fileName, Collection<String> refs) {
        String best = null;
        for (String ref : refs) {
            if (fileName.regionMatches(true, 0, ref, 0, ref.length()) && boundaryAfter(fileName, ref.length())
                    && (best == null || ref.length() > best.length())) {
                best = ref;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The ref a name starts with as written, up to the first space or underscore, for messages. */
    public static String leadingToken(String fileName) {
        int end = 0;
        while (end < fileName.length() && fileName.charAt(end) != '_' && fileName.charAt(end) != ' '
                && fileName.charAt(end) != '.') {
            end++;
        }
        return fileName.substring(0, end);
    }

    private static boolean boundaryAfter(String name, int at) {
        return at >= name.length() || !Character.isLetterOrDigit(name.charAt(at));
    }
}
