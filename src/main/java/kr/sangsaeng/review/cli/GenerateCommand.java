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

    @Override
    public Integer call() throws Exception {
        RoundSpec roundSpec;
        try {
            roundSpec = new RoundSpec(submissions, reviewers, criteria, seed);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        try (OpenRound store = RoundFiles.createSynthetic(db, roundSpec)) {
            spec.commandLine().getOut().printf("created %s: %d submissions, %d reviewers, %d criteria, %d scores%n",
                    store.file(), store.reader().submissionCount(), reviewers, criteria, store.reader().scoreCount());
        }
        return Cli.OK;
    }
}
