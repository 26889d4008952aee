package kr.sangsaeng.review.cli;

import java.nio.file.Path;

/**
 * A separate program for {@link ConcurrentImportsTest}: imports one submissions file and one score
 * pack per round, {@code rounds} times, through the real command line, printing each exit code.
 */
public final class ImportLoop {
    private ImportLoop() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        Path dir = Path.of(args[1]);
        int process = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        for (int i = 0; i < rounds; i++) {
            report(i, "submissions", Cli.run(new String[] {"import", "submissions", "--db", db.toString(),
                    dir.resolve("subs-" + i + ".csv").toString()}));
            report(i, "scores", Cli.run(new String[] {"import", "scores", "--db", db.toString(),
                    dir.resolve("pack-" + i + "-" + process + ".csv").toString()}));
        }
    }

    private static void report(int round, String kind, int code) {
        System.out.println("exit " + round + " " + kind + " " + code + " .");
    }
}
