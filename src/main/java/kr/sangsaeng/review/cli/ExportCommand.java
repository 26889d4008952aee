package kr.sangsaeng.review.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.exchange.OutputFiles;
import kr.sangsaeng.review.exchange.OutputRefusedException;
import kr.sangsaeng.review.exchange.shortlist.ExportResult;
import kr.sangsaeng.review.exchange.shortlist.ShortlistExportException;
import kr.sangsaeng.review.exchange.shortlist.ShortlistExporter;
import kr.sangsaeng.review.exchange.shortlist.ExportFormat;
import kr.sangsaeng.review.service.RuleChanges;
import kr.sangsaeng.review.service.ShortlistService;
import kr.sangsaeng.review.service.OpenRound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export KIND --db FILE --out FILE} (docs/command-line.md): the scored shortlist (CSV, XLSX or PDF, with
 * its decision record), or the round's data as CSV in the import formats ({@link ExportKind}).
 */
@Command(name = "export", description = "Export from a review file: the scored shortlist as CSV, XLSX or a PDF report "
        + "(the format follows the --out extension) with its decision record, also stored in the review file; or "
        + "submissions (in the import format), rubric, scores (a score pack, optionally one reviewer's) or metrics "
        + "(one row per figure) as CSV in UTF-8 with BOM.")
final class ExportCommand implements Callable<Integer> {
    private static final String SHORTLIST = "shortlist";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "export.kind",
            description = "What to export: shortlist, submissions, rubric, scores or metrics.")
    String kind;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists; readable by you only).")
    Path out;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "export scores: only this reviewer's score pack.")
    String reviewer;

    @Mixin
    ShortlistOptions shortlist;

    @Option(names = "--lang", paramLabel = "ko|en",
            description = "Language of the XLSX and PDF (sheet names, headings, values). Default: the system's.")
    String lang;

    @Override
    public Integer call() throws Exception {
        try {
            if (db.file() != null) {
                OutputFiles.refuseUnsafeTarget(out, db.file());
            } else {
                OutputFiles.refuseUnsafeTarget(out);
            }
            return export();
        } catch (OutputRefusedException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            // A full disk or a folder we cannot write to: the export's temporary file is already gone.
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new BadInputException("could not write " + out + ": " + IoMessages.describe(cause)
                    + "; nothing was written.");
        }
    }

    private int export() throws Exception {
        if (SHORTLIST.equalsIgnoreCase(kind.strip())) {
            if (reviewer != null) {
                throw new ParameterException(spec.commandLine(), "--reviewer applies to 'export scores' only");
            }
            return exportShortlist();
        }
        ExportKind data;
        try {
            data = new ExportKind.Converter().convert(kind);
        } catch (RuntimeException e) {
            throw new ParameterException(spec.commandLine(), "'" + kind + "' is not one of " + SHORTLIST + ", "
                    + ExportKind.keys());
        }
        return exportData(data);
    }

    private int exportShortlist() throws Exception {
        RuleChanges overrides = shortlist.changes();
        Locale locale = ShortlistOptions.locale(spec, lang);
        long start = System.nanoTime();
        // The shortlist's decision record is stored in the review file: this export writes to it.
        try (OpenRound round = db.openRoundForWriting(w -> spec.commandLine().getErr().println("warning: " + w))) {
            ShortlistService shortlists = round.committee().shortlists();
            try {
                shortlists.ruleFor(overrides);
            } catch (IllegalArgumentException e) {
                // Options that make no rule together with the stored one are a usage error, like any bad option.
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            ExportResult r = shortlists.export(out, overrides, locale, StabilityProgress.NONE);
            var o = CommandOutput.messages(spec);
            o.println(String.format(Locale.ROOT, "exported %d submissions (%d shortlisted) to %s in %.1f s",
                    r.submissions(), r.shortlisted(), out, (System.nanoTime() - start) / 1e9));
            o.println("rule: " + (overrides.isEmpty() ? "the committee's stored rule"
                    : "the stored rule with " + String.join(", ", overrides.names()) + " overridden for this export"));
            if (r.format() == ExportFormat.CSV) {
                o.println("decision record: " + ShortlistExporter.recordBeside(out));
            }
            o.println("decision record: sha256 " + r.record().fileSha256() + ", stored in " + db.name());
        } catch (ShortlistExportException | IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return Cli.OK;
    }

    private int exportData(ExportKind data) throws Exception {
        if (reviewer != null && data != ExportKind.SCORES) {
            throw new ParameterException(spec.commandLine(), "--reviewer applies to 'export scores' only");
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!data.extensions().contains(ext)) {
            throw new BadInputException("export " + data.key() + " writes " + String.join(" or ", data.extensions())
                    + " files only; give --out a name ending in ." + data.extensions().get(0));
        }
        // Reading only: a data export never changes, upgrades or backs up the review file.
        try (OpenRound round = db.openRoundForReading()) {
            int n = data.write(round.exports(), new ExportKind.Options(out, Optional.ofNullable(reviewer)));
            CommandOutput.messages(spec).println("exported " + n + " " + data.counts() + " to " + out);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return Cli.OK;
    }
}
