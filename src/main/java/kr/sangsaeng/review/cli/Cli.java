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
        CommandLine cl = new CommandLine(new SangsaengCommand());
        cl.setOut(new PrintWriter(new EscapingWriter(out), true));
        cl.setErr(new PrintWriter(new EscapingWriter(err), true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + message(e));
            commandLine.getErr().flush();
            return BAD_INPUT;
        });
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
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
