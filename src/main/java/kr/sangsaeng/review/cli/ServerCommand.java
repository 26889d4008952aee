package kr.sangsaeng.review.cli;

import java.util.concurrent.Callable;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code server add-reviewer} and {@code server remove-reviewer}: the secretary's role management on
 * a server round (docs/server-mode.md).
 */
@Command(name = "server", description = "Manage a round on a PostgreSQL server.",
        subcommands = {ServerCommand.AddReviewer.class, ServerCommand.RemoveReviewer.class})
final class ServerCommand {
    @Command(name = "add-reviewer", description = "Give a reviewer of the round a PostgreSQL login of their own; "
            + "the server then lets that login write only the reviewer's own scores and reviews. The app sets no "
            + "password: the database administrator does, and the reviewer keeps it in PGPASSWORD or ~/.pgpass.")
    static final class AddReviewer implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "URL", description = "The server round, as its secretary.")
        String db;

        @Option(names = "--reviewer", required = true, paramLabel = "NAME", description = "The reviewer's name in the round.")
        String reviewer;

        @Option(names = "--login", required = true, paramLabel = "LOGIN", description = "Lower-case letters, digits and _.")
        String login;

        @Override
        public Integer call() throws Exception {
            ServerAddress server = ServerArguments.address(db);
            try (ReviewStore store = ReviewStore.openServer(server)) {
                Reviewer r = store.reviewers().findAll().stream().filter(x -> x.name().equals(reviewer)).findFirst()
                        .orElseThrow(() -> new BadInputException("No reviewer '" + reviewer + "' in " + server));
                try {
                    store.serverRoles().addReviewer(r.id(), login);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
            }
            CommandOutput.messages(spec).println(String.format("%s now signs in as %s on %s", reviewer, login, server));
            return Cli.OK;
        }
    }

    @Command(name = "remove-reviewer", description = "Take a reviewer's login off the round: it can no longer "
            + "connect to the round, read or write it, nor log in at all if it sits on no other round. Its audit rows "
            + "stay and still name it.")
    static final class RemoveReviewer implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "URL", description = "The server round, as its secretary.")
        String db;

        @Option(names = "--login", required = true, paramLabel = "LOGIN", description = "The reviewer's login.")
        String login;

        @Override
        public Integer call() throws Exception {
            ServerAddress server = ServerArguments.address(db);
            String name;
            try (ReviewStore store = ReviewStore.openServer(server)) {
                long id;
                try {
                    id = store.serverRoles().removeReviewer(login);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
                name = store.reviewers().findAll().stream().filter(r -> r.id() == id).map(Reviewer::name)
                        .findFirst().orElse(login);
            }
            CommandOutput.messages(spec).println(String.format("%s no longer signs in as %s on %s", name, login, server));
            return Cli.OK;
        }
    }
}
