package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.service.ServerLoginService;
import kr.sangsaeng.review.store.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code server list-reviewers}, {@code server add-reviewer} and {@code server remove-reviewer}: the
 * secretary's reviewer logins on a server round, through {@link ServerLoginService} as in the window
 * (docs/server-mode.md).
 */
@Command(name = "server", description = "Manage a round on a PostgreSQL server.",
        subcommands = {ServerCommand.ListReviewers.class, ServerCommand.AddReviewer.class, ServerCommand.RemoveReviewer.class})
final class ServerCommand {

    @Command(name = "list-reviewers", description = "List the round's reviewers with the PostgreSQL login each signs in with.")
    static final class ListReviewers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "URL", description = "The server round.")
        String db;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = CommandOutput.messages(spec);
            try (OpenRound round = RoundFiles.openServer(ServerArguments.address(db))) {
                for (ServerLoginService.ReviewerLogin r : refusalsAsBadInput(() -> round.logins().reviewers())) {
                    out.println(r.hasLogin() ? String.format("%s signs in as %s", r.reviewer().name(), r.login())
                            : String.format("%s has no login", r.reviewer().name()));
                }
            }
            return Cli.OK;
        }
    }

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
            Reviewer added;
            try (OpenRound round = RoundFiles.openServer(server)) {
                added = refusalsAsBadInput(() -> round.logins().give(Actor.COMMAND_LINE, reviewer, login));
            }
            CommandOutput.messages(spec).println(String.format("%s now signs in as %s on %s", added.name(), login.strip(),
                    server));
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
            Reviewer removed;
            try (OpenRound round = RoundFiles.openServer(server)) {
                removed = refusalsAsBadInput(() -> round.logins().takeOff(Actor.COMMAND_LINE, login));
            }
            CommandOutput.messages(spec).println(String.format("%s no longer signs in as %s on %s", removed.name(),
                    login.strip(), server));
            return Cli.OK;
        }
    }

    /** A refused login is the user's input to correct: its sentence, and the bad-input exit code. */
    private static <T> T refusalsAsBadInput(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ServerLoginService.LoginRefusedException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
