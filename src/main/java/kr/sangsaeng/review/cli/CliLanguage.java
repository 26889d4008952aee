package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sangsaeng.review.exchange.FailureText;
import kr.sangsaeng.review.exchange.KoreanMessages;

/**
 * The command line's language: {@code --lang ko|en} anywhere on the line, else the system's (a Korean
 * system gets Korean). Messages are written in English where they arise and put into Korean on the
 * way out ({@link KoreanMessages}), so no command has to change to be translated; data on stdout
 * (tables, CSV, JSON) is never touched. {@code export shortlist} keeps its own {@code --lang}, which
 * also names the report's language.
 */
final class CliLanguage {
    private final Locale locale;
    private final String[] args;

    private CliLanguage(Locale locale, String[] args) {
        this.locale = locale;
        this.args = args;
    }

    static CliLanguage of(String[] args) {
        String chosen = null;
        List<String> rest = new ArrayList<>();
        // Only 'export KIND' has a --lang of its own; 'export documents' does not (DocumentCommands).
        boolean export = args.length > 0 && args[0].equals("export") && !(args.length > 1 && args[1].equals("documents"));
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--lang") && i + 1 < args.length) {
                chosen = args[i + 1];
                if (export) {
                    rest.add(a);
                    rest.add(args[i + 1]);
                }
                i++;
            } else if (a.startsWith("--lang=")) {
                chosen = a.substring("--lang=".length());
                if (export) {
                    rest.add(a);
                }
            } else {
                rest.add(a);
            }
        }
        Locale locale = chosen != null ? Locale.forLanguageTag(chosen)
                : "ko".equals(Locale.getDefault().getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
        return new CliLanguage(locale, rest.toArray(String[]::new));
    }

    Locale locale() {
        return locale;
    }

    /** The arguments for picocli, without a {@code --lang} that only chose the messages' language. */
    String[] args() {
        return args.clone();
    }

    /** A writer for messages: each line in the chosen language, without Java class names. */
    PrintWriter messages(PrintWriter target) {
        return new PrintWriter((Writer) target, true) {
            @Override
            public void println(String line) {
                super.println(KoreanMessages.in(locale, line));
            }

            @Override
            public void println(Object line) {
                println(String.valueOf(line));
            }
        };
    }

    /** The sentence for a failure with no message of its own, in the chosen language. */
    String failure(Throwable e) {
        return KoreanMessages.in(locale, FailureText.describe(e));
    }
}
