package kr.sangsaeng.review.ui.scoring;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.sangsaeng.review.model.Submission;

/**
 * Neutral names for blind mode: the cases, in ref order, become "Case A", "Case B", … "Case Z",
 * "Case AA", and every platform name found in text a reviewer reads is replaced by the label of
 * that platform's (first) case, so a summary that names the platform does not give it away.
 */
public final class BlindLabels {
    private final Map<Long, String> bySubmission = new HashMap<>();
    private final Map<String, String> byPlatform = new LinkedHashMap<>();
    private final Pattern platformNames;

    private BlindLabels(List<Submission> inRefOrder, IntFunction<String> label) {
        for (int i = 0; i < inRefOrder.size(); i++) {
            Submission s = inRefOrder.get(i);
            String l = label.apply(i);
            bySubmission.put(s.id(), l);
            byPlatform.putIfAbsent(s.platformName(), l);
        }
        // Longest names first, so "Coupang Eats" is not half-replaced as "Coupang".
        String alternatives = byPlatform.keySet().stream().filter(n -> !n.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElse(null);
        platformNames = alternatives == null ? null
                : Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** @param label turns a letter code ("A", "B", …) into the shown label, e.g. "사례 A" */
    public static BlindLabels of(List<Submission> inRefOrder, java.util.function.Function<String, String> label) {
        return new BlindLabels(inRefOrder, i -> label.apply(letters(i)));
    }

    public String labelOf(Submission s) {
        return bySubmission.getOrDefault(s.id(), "?");
    }

    /** The text with every platform name of the round replaced by its neutral label. */
    public String mask(String text) {
        if (text == null || text.isEmpty() || platformNames == null) {
            return text;
        }
        Matcher m = platformNames.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(labelFor(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String labelFor(String found) {
        return byPlatform.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(found))
                .map(Map.Entry::getValue).findFirst().orElse(found);
    }

    /** 0 → A, 25 → Z, 26 → AA, 27 → AB (spreadsheet column letters). */
    static String letters(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }
}
