package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.analysis.ballot.Ballot;
import kr.sangsaeng.review.analysis.ballot.BallotMethod;
import kr.sangsaeng.review.analysis.ballot.BallotResult;
import kr.sangsaeng.review.exchange.ballot.BallotCsv;
import kr.sangsaeng.review.exchange.ballot.BallotJson;
import kr.sangsaeng.review.service.BallotService;
import kr.sangsaeng.review.store.ReviewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ballot --db FILE --method schulze|borda --ballots CSV}: the committee's final ranked vote,
 * counted with the declared tie-break chain; {@code --record} keeps it in the decision record.
 */
@Command(name = "ballot", description = "Count the committee's ranked ballots (Schulze or Borda) and print the order, "
        + "the pairwise table and the tie-breaks used.")
final class BallotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--method", required = true, paramLabel = "METHOD", description = "schulze or borda.")
    String method;

    @Option(names = "--ballots", required = true, paramLabel = "CSV",
            description = "voter,1,2,3,… with one row per member, case refs in preference order.")
    Path ballots;

    @Option(names = "--format", defaultValue = "table", converter = ReportFormat.TableOrJsonConverter.class,
            description = "table or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--casting", paramLabel = "REFS", split = ",",
            description = "The chair's casting vote: refs in the chair's order, used for a tie nothing else splits.")
    List<String> casting = List.of();

    @Option(names = "--seed", defaultValue = "1", description = "Seed for drawing lots (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--record", description = "Keep the ballot in the round's decision record (audited).")
    boolean record;

    @Option(names = "--named", description = "With --record: keep the voters' names (default: member 1, member 2, …).")
    boolean named;

    @Option(names = "--as", paramLabel = "NAME", description = "Who records the ballot, for the audit log.")
    String actor;

    @Override
    public Integer call() throws Exception {
        BallotMethod m;
        try {
            m = BallotMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        try (ReviewStore store = record ? db.openForChanging() : db.openReadOnly()) {
            BallotService service = new BallotService(store);
            List<Ballot> read;
            try (Reader in = Files.newBufferedReader(ballots, StandardCharsets.UTF_8)) {
                read = BallotCsv.read(in, service.refs());
            } catch (NoSuchFileException e) {
                throw new BadInputException("there is no file " + ballots);
            } catch (BallotCsv.BadBallotsException e) {
                // One line per problem, so that each is said in the command line's language.
                PrintWriter err = spec.commandLine().getErr();
                err.println("error: " + ballots.getFileName() + " cannot be counted:");
                e.problems().forEach(p -> err.println(p.toString()));
                err.flush();
                return Cli.BAD_INPUT;
            }
            BallotResult r;
            try {
                r = service.count(m, read, casting.stream().map(String::strip).toList(), seed);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            if (record) {
                service.record(r, read, named, CommandActor.of(actor));
            }
            print(r);
        }
        return Cli.OK;
    }

    private void print(BallotResult r) throws java.io.IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            BallotJson.write(r, out);
            out.println();
            out.flush();
            return;
        }
        TextTable order = new TextTable(">place", "ref", r.strongestPaths() == null ? ">points" : ">beats");
        for (int i = 0; i < r.order().size(); i++) {
            String ref = r.order().get(i);
            order.add(Integer.toString(i + 1), ref, r.strongestPaths() == null
                    ? Integer.toString(r.points().get(ref)) : Integer.toString(beats(r, ref)));
        }
        order.print(out);
        // The sentences between the tables in the command line's language (docs/command-line.md).
        PrintWriter messages = CommandOutput.messages(spec);
        out.println();
        messages.println("Pairwise: how many ballots put the row's case above the column's.");
        pairs(r, out, false);
        if (r.strongestPaths() != null) {
            out.println();
            messages.println("Strongest paths (Schulze).");
            pairs(r, out, true);
        }
        out.println();
        messages.println(String.format("method: %s; %d ballots; seed %d.", r.method().key(), r.ballots(), r.seed()));
        for (BallotResult.TieBreakUse u : r.tiesBrokenBy()) {
            messages.println(String.format("Tie between %s broken by %s: %s", String.join(", ", u.tied()), u.step().key(),
                    String.join(" > ", u.result())));
        }
        if (r.tiesBrokenBy().isEmpty()) {
            messages.println("No tie needed breaking.");
        }
        out.flush();
    }

    private static int beats(BallotResult r, String ref) {
        int i = r.pairwise().candidates().indexOf(ref);
        int n = 0;
        for (int j = 0; j < r.pairwise().size(); j++) {
            if (j != i && r.strongestPaths()[i][j] > r.strongestPaths()[j][i]) {
                n++;
            }
        }
        return n;
    }

    private static void pairs(BallotResult r, PrintWriter out, boolean paths) {
        List<String> c = r.pairwise().candidates();
        String[] head = new String[c.size() + 1];
        head[0] = "";
        for (int j = 0; j < c.size(); j++) {
            head[j + 1] = ">" + c.get(j);
        }
        TextTable t = new TextTable(head);
        for (int i = 0; i < c.size(); i++) {
            String[] row = new String[c.size() + 1];
            row[0] = c.get(i);
            for (int j = 0; j < c.size(); j++) {
                row[j + 1] = i == j ? "-" : Integer.toString(paths ? r.strongestPaths()[i][j] : r.pairwise().wins(i, j));
            }
            t.add(row);
        }
        t.print(out);
    }
}
