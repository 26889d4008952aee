package kr.sangsaeng.review.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.model.DecisionKind;
import kr.sangsaeng.review.service.DecisionService;
import kr.sangsaeng.review.store.ReviewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code decide --db FILE --ref REF --kind KIND [--note TEXT]}: records the committee's decision on a case, audited. */
@Command(name = "decide", description = "Record the committee's decision on a case (shortlisted, awarded, declined, "
        + "or none to clear it), with an optional note; written to the audit log.")
final class DecideCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--ref", required = true, paramLabel = "REF", description = "The case's ref, e.g. 2022-03.")
    String ref;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "shortlisted, awarded, declined or none.")
    String kind;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, in a sentence; printed in the exports.")
    String note;

    @Option(names = "--as", paramLabel = "NAME", description = "Who decides, for the audit log. Default: 'command line'.")
    String actor;

    @Override
    public Integer call() throws Exception {
        DecisionKind k = kind();
        try (ReviewStore store = db.openForChanging()) {
            var d = new DecisionService(store).decide(ref.strip(), k, note, CommandActor.of(actor));
            CommandOutput.messages(spec).println(d.map(x -> ref.strip() + ": " + x.kind().key()
                    + (x.note().isEmpty() ? "" : " (" + x.note() + ")") + ", recorded by " + x.decidedBy())
                    .orElse(ref.strip() + ": no decision"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return Cli.OK;
    }

    private DecisionKind kind() {
        String k = kind.strip().toLowerCase(Locale.ROOT);
        if (k.equals("none")) {
            return null;
        }
        for (DecisionKind d : DecisionKind.values()) {
            if (d.key().equals(k)) {
                return d;
            }
        }
        throw new ParameterException(spec.commandLine(), "--kind takes shortlisted, awarded, declined or none, not '"
                + kind + "'");
    }
}
