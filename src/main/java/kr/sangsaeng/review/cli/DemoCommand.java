package kr.sangsaeng.review.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "Create a review file holding the bundled 2022 round (with sample scores).")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, description = "The review file to create.")
    Path db;

    @Override
    public Integer call() throws Exception {
        try (OpenRound store = RoundFiles.createDemo(db)) {
            CommandOutput.messages(spec).println(String.format("created %s: %d submissions, %d reviewers, %d scores",
                    store.file(), store.reader().submissionCount(), store.reader().reviewers().size(),
                    store.reader().scoreCount()));
        }
        return Cli.OK;
    }
}
