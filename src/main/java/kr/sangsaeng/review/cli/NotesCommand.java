package kr.sangsaeng.review.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.model.CaseNote;
import kr.sangsaeng.review.model.NoteKind;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.NoteService;
import kr.sangsaeng.review.service.OpenRound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code notes --db ROUND [--ref REF] [--add --kind KIND --author NAME --text TEXT]}: the case notes and
 * minutes, through the same {@link NoteService} as the Meeting tab (docs/meeting.md). A private note is
 * shown only to its author, named with {@code --author}.
 */
@Command(name = "notes", description = "List the notes and minutes on the cases (private notes only to their --author), "
        + "or add one to a case (audited).")
final class NotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--ref", paramLabel = "REF", description = "Only this case's notes; with --add, the case noted on.")
    String ref;

    @Option(names = "--add", description = "Add a note: needs --ref, --kind, --author and --text.")
    boolean add;

    @Option(names = "--kind", paramLabel = "KIND", description = "With --add: private, shared or minutes.")
    String kind;

    @Option(names = "--author", paramLabel = "NAME", description = "Who writes the note (audited); when listing, "
            + "whose private notes to show.")
    String author;

    @Option(names = "--text", paramLabel = "TEXT", description = "With --add: the note itself.")
    String text;

    @Option(names = "--format", defaultValue = "table", converter = ReportFormat.TableOrJsonConverter.class,
            description = "table or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        NoteKind k = null;
        if (add) {
            if (ref == null || kind == null || author == null || text == null) {
                throw new ParameterException(spec.commandLine(), "--add needs --ref, --kind, --author and --text");
            }
            k = kind();
        } else if (kind != null || text != null) {
            throw new ParameterException(spec.commandLine(), "--kind and --text go with --add");
        }
        Actor viewer = CommandActor.of(author);
        try (OpenRound round = add ? db.openRoundForWriting(w -> spec.commandLine().getErr().println("warning: " + w))
                : db.openRoundForReading()) {
            NoteService notes = round.meeting().notes();
            MeetingLookup names = new MeetingLookup(round);
            List<Submission> cases = ref == null ? round.reader().submissions() : List.of(names.submission(ref));
            String said = null;
            if (add) {
                try {
                    notes.add(cases.get(0).id(), k, text, viewer);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(e.getMessage());
                }
                said = "Note added to " + cases.get(0).ref() + " (" + k.key() + ", by " + viewer.name() + ")";
            }
            List<CaseNote> shown = new ArrayList<>();
            cases.forEach(s -> shown.addAll(notes.visibleTo(s.id(), viewer)));
            shown.sort(Comparator.comparing((CaseNote n) -> names.ref(n.submissionId())).thenComparing(CaseNote::createdAt));
            print(shown, names, said);
        }
        return Cli.OK;
    }

    private NoteKind kind() {
        String k = kind.strip().toLowerCase(Locale.ROOT);
        for (NoteKind n : NoteKind.values()) {
            if (n.key().equals(k)) {
                return n;
            }
        }
        throw new ParameterException(spec.commandLine(), "--kind takes private, shared or minutes, not '" + kind + "'");
    }

    private void print(List<CaseNote> shown, MeetingLookup names, String said) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            MeetingListing.json(out, shown, (g, n) -> {
                g.writeStringField("id", n.id());
                g.writeStringField("ref", names.ref(n.submissionId()));
                g.writeStringField("kind", n.kind().key());
                g.writeStringField("author", n.author());
                g.writeStringField("text", n.text());
                g.writeStringField("created_at", n.createdAt().toString());
                g.writeStringField("updated_at", n.updatedAt().toString());
            });
            return;
        }
        TextTable t = new TextTable("ref", "kind", "author", "updated_at", "text");
        MeetingListing.table(out, said, shown, "No notes", t,
                n -> t.add(names.ref(n.submissionId()), n.kind().key(), n.author(), MeetingLookup.time(n.updatedAt()), n.text()));
    }
}
