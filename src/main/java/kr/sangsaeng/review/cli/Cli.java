package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.StoreException;
import kr.sangsaeng.review.exchange.FailureText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs one headless command. Exit codes (docs/command-line.md): 0 success, 1 bad input (message on stderr),
 * 2 usage error.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CliLanguage language = CliLanguage.of(args);
        var documents = DocumentCommands.route(language.args());
        CommandLine cl = documents.map(DocumentCommands.Routed::commandLine)
                .orElseGet(() -> SangsaengCommand.commandLine(language.args()));
        String[] commandArgs = documents.map(DocumentCommands.Routed::args).orElse(language.args());
        if ("ko".equals(language.locale().getLanguage())) {
            // --help in Korean; what the bundle lacks stays in the English of the annotations.
            cl.setResourceBundle(ResourceBundle.getBundle("kr.sangsaeng.review.cli.usage", Locale.KOREAN));
        }
        // Control and bidi-override characters in stored text must not steer the terminal.
        cl.setOut(new CommandOutput(new EscapingWriter(out), language));
        PrintWriter messages = language.messages(new PrintWriter(new EscapingWriter(err), true));
        cl.setErr(messages);
        cl.setParameterExceptionHandler(Cli::usageError);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            LOG.debug("Command failed", e);
            commandLine.getErr().println("error: " + message(e));
            commandLine.getErr().flush();
            return BAD_INPUT;
        });
        int code = cl.execute(commandArgs);
        messages.flush();
        cl.getOut().flush();
        out.flush();
        err.flush();
        return code;
    }

    /**
     * An unknown command or option, a missing or bad value: the reason and where to find the options,
     * in the command line's language (the messages writer translates each line), instead of picocli's
     * English usage text.
     */
    private static int usageError(ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        PrintWriter err = c.getErr();
        err.println("error: " + FailureText.withoutClassNames(ex.getMessage()));
        if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            err.println("Did you mean: " + String.join(", ", u.getSuggestions()) + "?");
        }
        err.println("See '" + c.getCommandSpec().qualifiedName() + " --help' for its options.");
        err.flush();
        return USAGE;
    }

    /** Our own exceptions carry a sentence; anything else is described without naming a Java class. */
    private static String message(Exception e) {
        if (e instanceof ReviewFileException || e instanceof StoreException || e instanceof BadInputException) {
            return FailureText.withoutClassNames(e.getMessage());
        }
        return FailureText.describe(e);
    }
}
