package kr.sangsaeng.review.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fixed list of words looked up by their first character, case ignored: an import reads 500,000
 * figures, each trying several lists at several places, and testing every word of every list there
 * was most of the parser's time. Within a first character the words are tried longest first, so the
 * first that matches is the longest.
 */
final class WordList {
    /** The first characters, folded ({@link #fold}) and sorted, for a binary search. */
    private final char[] firsts;
    /** The words starting with {@code firsts[i]}, longest first. */
    private final String[][] words;

    private WordList(char[] firsts, String[][] words) {
        this.firsts = firsts;
        this.words = words;
    }

    static WordList of(Collection<String> words) {
        Map<Character, List<String>> byFirst = new TreeMap<>();
        for (String w : words) {
            byFirst.computeIfAbsent(fold(w.charAt(0)), k -> new ArrayList<>()).add(w);
        }
        char[] firsts = new char[byFirst.size()];
        String[][] lists = new String[byFirst.size()][];
        int i = 0;
        for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
            firsts[i] = e.getKey();
            lists[i] = e.getValue().stream().sorted(Comparator.comparingInt(String::length).reversed()
                    .thenComparing(Comparator.naturalOrder())).toArray(String[]::new);
            i++;
        }
        return new WordList(firsts, lists);
    }

    /** The words that may start with {@code c} (case ignored), longest first; empty when none does. */
    String[] startingWith(char c) {
        int at = Arrays.binarySearch(firsts, fold(c));
        return at >= 0 ? words[at] : NONE;
    }

    /**
     * One character for all the case forms {@link String#regionMatches(boolean, int, String, int, int)}
     * takes as equal: two characters match there exactly when their folds are the same.
     */
    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static final String[] NONE = new String[0];
}
