package kr.sangsaeng.review.service;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A login to offer for a reviewer, made from their name: a Korean name romanised (surname first,
 * spelt as it usually is in passports: 김위원 → kim_wiwon), a Latin one lower-cased; "reviewer_N"
 * when the name gives nothing usable. Only a suggestion: the secretary may type any login
 * (docs/server-mode.md, "Roles enforced by the server").
 */
final class LoginSuggestion {
    private static final int MAX = 63;
    private static final String[] INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
        "ch", "k", "t", "p", "h"};
    private static final String[] MEDIAL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
        "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
        "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
    /** Surnames as they are usually written, not as the Revised Romanisation spells them. */
    private static final Map<Character, String> SURNAMES = Map.ofEntries(Map.entry('김', "kim"), Map.entry('이', "lee"),
            Map.entry('박', "park"), Map.entry('최', "choi"), Map.entry('정', "jung"), Map.entry('강', "kang"),
            Map.entry('조', "cho"), Map.entry('윤', "yoon"), Map.entry('임', "lim"), Map.entry('오', "oh"),
            Map.entry('신', "shin"), Map.entry('권', "kwon"), Map.entry('안', "ahn"), Map.entry('류', "ryu"),
            Map.entry('유', "yoo"), Map.entry('노', "noh"), Map.entry('우', "woo"));

    private LoginSuggestion() {
    }

    /** A well-formed login for the reviewer, none of {@code taken}. */
    static String of(String name, long reviewerId, Collection<String> taken) {
        String base = fromName(name);
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "reviewer_" + reviewerId;
        }
        String login = base;
        for (int n = 2; taken.contains(login); n++) {
            String suffix = "_" + n;
            login = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        return login;
    }

    private static String fromName(String name) {
        // "김서연 (예시 위원장)": what stands in brackets is a note, not part of the name.
        String plain = name == null ? "" : name.replaceAll("\\(.*?\\)|\\[.*?]", " ").strip();
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= '가' && c <= '힣') {
                if (wordStart && i + 1 < plain.length() && isHangul(plain.charAt(i + 1)) && SURNAMES.containsKey(c)) {
                    out.append(SURNAMES.get(c)).append('_');
                } else {
                    out.append(syllable(c));
                }
                wordStart = false;
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                wordStart = false;
            } else {
                out.append('_');
                wordStart = true;
            }
        }
        String login = out.toString().toLowerCase(Locale.ROOT).replaceAll("_+", "_").replaceAll("^_|_$", "");
        return login.length() > MAX ? login.substring(0, MAX) : login;
    }

    private static boolean isHangul(char c) {
        return c >= '가' && c <= '힣';
    }

    private static String syllable(char c) {
        int index = c - '가';
        return INITIAL[index / (21 * 28)] + MEDIAL[(index / 28) % 21] + FINAL[index % 28];
    }
}
