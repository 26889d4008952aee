package kr.sangsaeng.review.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.synthetic.RoundSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Create a reproducible synthetic round (for tests and benchmarks).")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, description = "The review file to create.")
    Path db;

    @Option(names = "--submissions", required = true, description = "Number of cases.")
    int submissions;

    @Option(names = "--reviewers", required = true, description = "Number of reviewers.")
    int reviewers;

    @Option(names = "--criteria", required = true, description = "Number of rubric criteria (1-20).")
    int criteria;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    /** Ten times the benchmark round (10,000 cases × 20 reviewers × 6 criteria): about 1 GB of file. */
    static final long MAX_SCORES = 12_000_000L;
    static final int MAX_SUBMISSIONS = 1_000_000;
    static final int MAX_REVIEWERS = 1_000;
    /** Bytes per score in a generated file, measured on the benchmark round (86 MB for 1.18 million), rounded up. */
    static final long BYTES_PER_SCORE = 80;

    @Override
    public Integer call() throws Exception {
        RoundSpec roundSpec;
        try {
            roundSpec = new RoundSpec(submissions, reviewers, criteria, seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        refuseImpossibleSizes();
        if (java.nio.file.Files.exists(db)) {
            throw new BadInputException(db + " already exists.");
        }
        OpenRound store;
        try {
            store = RoundFiles.createSynthetic(db, roundSpec);
        } catch (OutOfMemoryError e) {
            removeCreated();
            throw new BadInputException("not enough memory for a round this large; choose fewer cases, reviewers"
                    + " or criteria.");
        } catch (Exception | Error e) {
            // A failed generate leaves nothing behind, so running it again does not say "already exists".
            removeCreated();
            throw e;
        }
        try (store) {
            CommandOutput.messages(spec).println(String.format("created %s: %d submissions, %d reviewers, %d criteria, %d scores",
                    store.file(), store.reader().submissionCount(), reviewers, criteria, store.reader().scoreCount()));
        }
        return Cli.OK;
    }

    private void refuseImpossibleSizes() {
        long scores = (long) submissions * reviewers * criteria;
        if (submissions > MAX_SUBMISSIONS || reviewers > MAX_REVIEWERS || scores > MAX_SCORES) {
            throw new BadInputException(String.format(java.util.Locale.ROOT, "a synthetic round holds at most %,d cases,"
                    + " %,d reviewers and %,d scores (cases × reviewers × criteria); this one would hold %,d scores.",
                    MAX_SUBMISSIONS, MAX_REVIEWERS, MAX_SCORES, scores));
        }
        try {
            Path folder = db.toAbsolutePath().getParent();
            long free = java.nio.file.Files.getFileStore(java.nio.file.Files.exists(folder) ? folder : Path.of("."))
                    .getUsableSpace();
            long needed = scores * BYTES_PER_SCORE;
            if (needed > free) {
                throw new BadInputException(String.format(java.util.Locale.ROOT, "this round needs about %,d MB and the"
                        + " disk has %,d MB free.", needed >> 20, free >> 20));
            }
        } catch (java.io.IOException e) {
            // Free space unknown: SQLite reports a full disk if it comes to that.
        }
    }

    private void removeCreated() {
        for (String side : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                java.nio.file.Files.deleteIfExists(db.resolveSibling(db.getFileName() + side));
            } catch (java.io.IOException ignored) {
                // Best effort: the error that stopped generate is what the user needs to see.
            }
        }
    }
}
