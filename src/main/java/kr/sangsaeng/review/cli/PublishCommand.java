package kr.sangsaeng.review.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.store.RoundTransfer;
import kr.sangsaeng.review.store.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code publish --from FILE --to URL}: uploads a whole round into an empty server database (docs/server-mode.md). */
@Command(name = "publish", description = "Upload a review file's whole round (cases, figures, rubric, reviewers, scores, "
        + "reviews, decisions, audit, documents) into an empty PostgreSQL database. The password comes from PGPASSWORD "
        + "or ~/.pgpass.")
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The review file.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "URL", description = "postgresql://USER@HOST:PORT/DATABASE")
    String to;

    @Override
    public Integer call() throws Exception {
        ServerAddress server = ServerArguments.address(to);
        RoundTransfer.Result r = RoundTransfer.publish(from, server);
        CommandOutput.messages(spec).println(String.format("published %s to %s: %d rows in %d tables", from.getFileName(), server,
                r.total(), r.rows().size()));
        return Cli.OK;
    }
}
