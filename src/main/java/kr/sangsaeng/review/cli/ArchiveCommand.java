package kr.sangsaeng.review.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.store.RoundTransfer;
import kr.sangsaeng.review.store.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code archive --from URL --to FILE}: writes a server round into a new review file (docs/server-mode.md). */
@Command(name = "archive", description = "Write the whole round on a PostgreSQL server into a new review file. "
        + "The password comes from PGPASSWORD or ~/.pgpass.")
final class ArchiveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "URL", description = "postgresql://USER@HOST:PORT/DATABASE")
    String from;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The new review file (never overwritten).")
    Path to;

    @Override
    public Integer call() throws Exception {
        ServerAddress server = ServerArguments.address(from);
        RoundTransfer.Result r = RoundTransfer.archive(server, to);
        CommandOutput.messages(spec).println(String.format("archived %s to %s: %d rows in %d tables", server, to, r.total(),
                r.rows().size()));
        return Cli.OK;
    }
}
