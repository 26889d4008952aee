package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command's standard output. Data (tables, CSV, JSON) is written to it as it is; the sentences a
 * command reports (what it created, imported or exported) go through {@link #messages(CommandSpec)}
 * and come out in the command line's language, as stderr's do.
 */
final class CommandOutput extends PrintWriter {
    private final PrintWriter messages;

    CommandOutput(Writer target, CliLanguage language) {
        super(target, true);
        this.messages = language.messages(this);
    }

    /** The writer for a command's report sentences: translated line by line when the line is Korean. */
    static PrintWriter messages(CommandSpec spec) {
        return messages(spec.commandLine().getOut());
    }

    /** The report-sentence writer beside {@code out}, a command's standard output. */
    static PrintWriter messages(PrintWriter out) {
        return out instanceof CommandOutput o ? o.messages : out;
    }
}
