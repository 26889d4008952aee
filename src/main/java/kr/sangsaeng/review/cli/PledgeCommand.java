package kr.sangsaeng.review.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.model.Pledge;
import kr.sangsaeng.review.model.PledgeConfirmation;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.PledgeService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code pledge --db ROUND [--set FILE | --confirm --reviewer NAME]}: the round's pledge (서약서) and who
 * confirmed it when, through the same {@link PledgeService} as the Meeting tab (docs/meeting.md).
 */
@Command(name = "pledge", description = "Show the round's pledge and who confirmed it when; set its text from a file, "
        + "or confirm it for a reviewer (audited).")
final class PledgeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--set", paramLabel = "FILE", description = "Replace the pledge's text with this UTF-8 text file; "
            + "everyone confirms it again.")
    Path set;

    @Option(names = "--confirm", description = "Record that --reviewer confirmed the pledge as it stands now.")
    boolean confirm;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "With --confirm: the reviewer who confirms.")
    String reviewer;

    @Option(names = "--format", defaultValue = "table", converter = ReportFormat.TableOrJsonConverter.class,
            description = "table or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--as", paramLabel = "NAME", description = "Who makes the change, for the audit log. "
            + "Default: 'command line'.")
    String actor;

    @Override
    public Integer call() throws Exception {
        if (set != null && confirm) {
            throw new ParameterException(spec.commandLine(), "--set and --confirm cannot be used together");
        }
        if (confirm && reviewer == null) {
            throw new ParameterException(spec.commandLine(), "--confirm needs --reviewer NAME");
        }
        if (reviewer != null && !confirm) {
            throw new ParameterException(spec.commandLine(), "--reviewer goes with --confirm");
        }
        boolean writes = set != null || confirm;
        String text = set == null ? null : read(set);
        try (OpenRound round = writes ? db.openRoundForWriting(w -> spec.commandLine().getErr().println("warning: " + w))
                : db.openRoundForReading()) {
            PledgeService pledge = round.meeting().pledge();
            MeetingLookup names = new MeetingLookup(round);
            String said = null;
            try {
                if (text != null) {
                    pledge.edit(text, CommandActor.of(actor));
                    said = "The pledge is saved (" + pledge.current().map(p -> p.text().length()).orElse(0) + " characters)";
                } else if (confirm) {
                    var r = names.reviewer(reviewer);
                    pledge.confirm(r.id(), CommandActor.of(actor));
                    said = r.name() + " confirmed the pledge";
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new BadInputException(e.getMessage());
            }
            print(pledge.current(), pledge.confirmations(), names, said);
        }
        return Cli.OK;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("there is no file " + file);
        } catch (IOException e) {
            throw new BadInputException("the file cannot be read: " + file.getFileName());
        }
    }

    private void print(Optional<Pledge> pledge, List<PledgeConfirmation> confirmations, MeetingLookup names, String said)
            throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String current = pledge.map(Pledge::text).orElse(null);
        if (format == ReportFormat.JSON) {
            try (JsonGenerator g = PanelReports.json(out)) {
                g.writeStartObject();
                g.writeStringField("text", current);
                g.writeBooleanField("sample", pledge.map(Pledge::sample).orElse(false));
                g.writeStringField("updated_by", pledge.map(Pledge::updatedBy).orElse(null));
                g.writeStringField("updated_at", pledge.map(p -> p.updatedAt().toString()).orElse(null));
                g.writeArrayFieldStart("confirmations");
                for (PledgeConfirmation c : confirmations) {
                    g.writeStartObject();
                    g.writeStringField("reviewer", names.reviewerName(c.reviewerId()));
                    g.writeStringField("confirmed_at", c.confirmedAt().toString());
                    g.writeStringField("confirmed_by", c.confirmedBy());
                    g.writeBooleanField("current", c.pledgeText().equals(current));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.println();
            out.flush();
            return;
        }
        PrintWriter messages = CommandOutput.messages(out);
        if (said != null) {
            messages.println(said);
        }
        if (pledge.isEmpty()) {
            messages.println("This round has no pledge yet");
            messages.flush();
            return;
        }
        out.println(current);
        out.println();
        if (confirmations.isEmpty()) {
            messages.println("No one has confirmed the pledge yet");
        } else {
            TextTable t = new TextTable("reviewer", "confirmed_at", "confirmed_by", "current_text");
            confirmations.forEach(c -> t.add(names.reviewerName(c.reviewerId()), MeetingLookup.time(c.confirmedAt()), c.confirmedBy(),
                    c.pledgeText().equals(current) ? "yes" : "no"));
            t.print(out);
        }
        out.flush();
        messages.flush();
    }
}
