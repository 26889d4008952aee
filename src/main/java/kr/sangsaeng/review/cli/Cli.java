package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.StoreException;
import picocli.CommandLine;

/**
 * Runs one headless command. Exit codes (DESIGN §5): 0 success, 1 bad input (message on stderr),
 * 2 usage error.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        var documents = DocumentCommands.route(args);
        CommandLine cl = documents.map(DocumentCommands.Routed::commandLine).orElseGet(() -> new CommandLine(new SangsaengCommand()));
        args = documents.map(DocumentCommands.Routed::args).orElse(args);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + message(e));
            commandLine.getErr().flush();
            return BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String message(Exception e) {
        if (e instanceof ReviewFileException || e instanceof StoreException || e instanceof BadInputException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
