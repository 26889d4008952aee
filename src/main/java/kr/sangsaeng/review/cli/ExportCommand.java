package kr.sangsaeng.review.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.exchange.shortlist.ExportResult;
import kr.sangsaeng.review.exchange.shortlist.ShortlistExportException;
import kr.sangsaeng.review.exchange.shortlist.ShortlistExporter;
import kr.sangsaeng.review.exchange.shortlist.ShortlistSettings;
import kr.sangsaeng.review.store.ReviewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export KIND --db FILE --out FILE} (DESIGN §5). Each kind is one branch of the switch in
 * {@link #call}; the shortlist's own options live in {@link ShortlistOptions}.
 */
@Command(name = "export", description = "Export from a review file: the scored shortlist as CSV, XLSX or a PDF report "
        + "(the format follows the --out extension), with its decision record, which is also stored in the review file.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "What to export: shortlist.")
    String kind;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The review file to export from.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The file to write (.csv, .xlsx or .pdf); replaced if it exists.")
    Path out;

    @Mixin
    ShortlistOptions shortlist;

    @Override
    public Integer call() throws Exception {
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "shortlist" -> exportShortlist();
            default -> throw new ParameterException(spec.commandLine(), "'" + kind + "' is not something export "
                    + "writes; use: shortlist");
        };
    }

    private int exportShortlist() throws Exception {
        ShortlistSettings settings = shortlist.settings();
        Locale locale = shortlist.locale();
        long start = System.nanoTime();
        try (ReviewStore store = ReviewStore.open(db)) {
            ExportResult r = ShortlistExporter.export(store, out, settings, locale, StabilityProgress.NONE);
            spec.commandLine().getOut().printf("exported %d submissions (%d shortlisted) to %s in %.1f s%n"
                            + "decision record: sha256 %s, stored in %s%n", r.submissions(), r.shortlisted(), out,
                    (System.nanoTime() - start) / 1e9, r.record().fileSha256(), db.getFileName());
        } catch (ShortlistExportException e) {
            throw new BadInputException(e.getMessage());
        }
        return Cli.OK;
    }
}
