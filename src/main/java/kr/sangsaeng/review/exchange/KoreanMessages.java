package kr.sangsaeng.review.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Korean wording of the English sentences imports, figures and the command line report: every
 * problem reason (with its row and column) and every command-line message. The English sentence
 * stays the one source, written where the problem is found; {@code messages_ko.txt} holds one
 * pattern per sentence with its Korean form, so no message site has to change to be translated.
 * A sentence without a Korean form is shown in English rather than not at all.
 */
public final class KoreanMessages {
    private record Rule(Pattern english, String korean) {
    }

    private static final List<Rule> RULES = load();

    private KoreanMessages() {
    }

    /** The text in the locale's language: Korean when it is Korean, else as it is. */
    public static String in(Locale locale, String english) {
        return locale != null && "ko".equals(locale.getLanguage()) ? korean(english) : english;
    }

    /** A problem of an import file as one line: {@code 3행 D열 (매출): 숫자가 아닙니다: "많음"}. */
    public static String describe(Problem p, Locale locale) {
        return in(locale, p.location()) + ": " + in(locale, p.reason());
    }

    /** The Korean form, each group that is itself a sentence translated too; the English when none matches. */
    public static String korean(String english) {
        if (english == null || english.isEmpty()) {
            return english;
        }
        for (Rule r : RULES) {
            Matcher m = r.english().matcher(english);
            if (m.matches()) {
                StringBuilder out = new StringBuilder();
                Matcher slot = Pattern.compile("\\$(\\d)|%(\\d)").matcher(r.korean());
                while (slot.find()) {
                    String group = slot.group(1) != null ? m.group(Integer.parseInt(slot.group(1)))
                            : korean(m.group(Integer.parseInt(slot.group(2))));
                    slot.appendReplacement(out, Matcher.quoteReplacement(group == null ? "" : group));
                }
                slot.appendTail(out);
                return out.toString();
            }
        }
        return english;
    }

    /** Lines of {@code english-pattern => korean}; {@code $n} keeps group n, {@code %n} translates it. */
    private static List<Rule> load() {
        try (InputStream in = KoreanMessages.class.getResourceAsStream("messages_ko.txt")) {
            List<Rule> rules = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" => ", 2);
                rules.add(new Rule(Pattern.compile(parts[0], Pattern.DOTALL), parts[1].strip()));
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
