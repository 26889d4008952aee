package kr.sangsaeng.review.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.model.Conflict;
import kr.sangsaeng.review.model.ConflictKind;
import kr.sangsaeng.review.service.ConflictService;
import kr.sangsaeng.review.service.OpenRound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code conflicts --db ROUND [--declare --reviewer NAME --ref REF --kind KIND --reason TEXT]}: the declared
 * conflicts of interest, through the same {@link ConflictService} as the Meeting tab (docs/meeting.md).
 * Declaring one recuses the reviewer from the case, so their scores stop counting.
 */
@Command(name = "conflicts", description = "List the declared conflicts of interest with their kind and reason, "
        + "or declare one (audited); a declared conflict keeps the reviewer's scores on that case out.")
final class ConflictsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--declare", description = "Declare a conflict: needs --reviewer, --ref and --kind.")
    boolean declare;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "With --declare: the reviewer in conflict.")
    String reviewer;

    @Option(names = "--ref", paramLabel = "REF", description = "With --declare: the case's ref, e.g. 2022-03.")
    String ref;

    @Option(names = "--kind", paramLabel = "KIND", description = "With --declare: 제척|기피|회피 "
            + "(exclusion|challenge|recusal).")
    String kind;

    @Option(names = "--reason", paramLabel = "TEXT", description = "With --declare: why, in a sentence.")
    String reason;

    @Option(names = "--format", defaultValue = "table", converter = ReportFormat.TableOrJsonConverter.class,
            description = "table or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--as", paramLabel = "NAME", description = "Who declares, for the audit log. Default: 'command line'.")
    String actor;

    @Override
    public Integer call() throws Exception {
        ConflictKind k = null;
        if (declare) {
            if (reviewer == null || ref == null || kind == null) {
                throw new ParameterException(spec.commandLine(), "--declare needs --reviewer, --ref and --kind");
            }
            try {
                k = ConflictKind.fromKey(kind);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        } else if (reviewer != null || ref != null || kind != null || reason != null) {
            throw new ParameterException(spec.commandLine(), "--reviewer, --ref, --kind and --reason go with --declare");
        }
        try (OpenRound round = declare ? db.openRoundForWriting(w -> spec.commandLine().getErr().println("warning: " + w))
                : db.openRoundForReading()) {
            ConflictService conflicts = round.meeting().conflicts();
            MeetingLookup names = new MeetingLookup(round);
            String said = null;
            if (declare) {
                var r = names.reviewer(reviewer);
                var s = names.submission(ref);
                try {
                    conflicts.declare(r.id(), s.id(), k, reason, CommandActor.of(actor));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
                said = "Conflict recorded: " + r.name() + " on " + s.ref() + ", " + k.key() + " (" + k.term() + ")";
            }
            print(conflicts.conflicts(), names, said);
        }
        return Cli.OK;
    }

    private void print(List<Conflict> all, MeetingLookup names, String said) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            MeetingListing.json(out, all, (g, c) -> {
                g.writeStringField("reviewer", names.reviewerName(c.reviewerId()));
                g.writeStringField("ref", names.ref(c.submissionId()));
                g.writeStringField("kind", c.kind().key());
                g.writeStringField("term", c.kind().term());
                g.writeStringField("reason", c.reason());
                g.writeStringField("declared_by", c.declaredBy());
                g.writeStringField("declared_at", c.declaredAt().toString());
            });
            return;
        }
        TextTable t = new TextTable("reviewer", "ref", "kind", "reason", "declared_by", "declared_at");
        MeetingListing.table(out, said, all, "No conflict is declared in this round", t,
                c -> t.add(names.reviewerName(c.reviewerId()), names.ref(c.submissionId()),
                        c.kind().term() + " " + c.kind().key(), c.reason(), c.declaredBy(), MeetingLookup.time(c.declaredAt())));
    }
}
