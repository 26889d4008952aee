package kr.sangsaeng.review.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.store.ReviewStore;
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
        try (ReviewStore store = DemoRound.createWithDocumentsAt(db)) {
            spec.commandLine().getOut().printf("created %s: %d submissions, %d reviewers, %d scores%n", store.file(),
                    store.submissions().count(), store.reviewers().findAll().size(), store.scores().count());
        }
        return Cli.OK;
    }
}
