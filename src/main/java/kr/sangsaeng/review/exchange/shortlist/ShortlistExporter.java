package kr.sangsaeng.review.exchange.shortlist;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Exports the scored shortlist of a review file as CSV, XLSX or PDF, the format chosen by the output
 * file's extension, and stores the export's decision record in the review file.
 *
 * <p>{@link #export} does everything on the calling thread (the command line). The GUI splits it so
 * that only the store work runs on the database thread: {@link RoundSnapshot#read} there, then
 * {@link #analyse} and {@link #write} on a worker, then {@link #storeRecord} on the database thread
 * again. The record is stored only once the file is in place: an export that failed leaves no record.
 */
public final class ShortlistExporter {
    private ShortlistExporter() {
    }

    public static ExportResult export(ReviewStore store, Path out, ShortlistSettings settings, Locale locale,
                                      StabilityProgress progress) throws IOException {
        ExportFormat format = ExportFormat.of(out);
        RoundSnapshot snapshot = RoundSnapshot.read(store);
        ShortlistReport report = analyse(snapshot, settings, format, progress);
        write(report, out, locale);
        storeRecord(store, report);
        return result(report, out);
    }

    /** Ranks, shortlists and runs the stability draws; blocks, so keep it off the FX thread. */
    public static ShortlistReport analyse(RoundSnapshot snapshot, ShortlistSettings settings, ExportFormat format,
                                          StabilityProgress progress) {
        return ReportBuilder.build(snapshot, settings, format, Instant.now(), progress);
    }

    /** Writes the file in the report's format (the one its decision record names). */
    public static void write(ShortlistReport report, Path out, Locale locale) throws IOException {
        switch (report.format()) {
            case CSV -> csv(report, out);
            case XLSX -> xlsx(report, out);
            case PDF -> pdf(report, out, locale);
        }
    }

    public static void csv(ShortlistReport report, Path out) throws IOException {
        ShortlistCsv.write(report, out);
    }

    public static void xlsx(ShortlistReport report, Path out) throws IOException {
        ShortlistXlsx.write(report, out);
    }

    /** The PDF report, its headings in {@code locale}'s language (Korean or English). */
    public static void pdf(ShortlistReport report, Path out, Locale locale) throws IOException {
        ShortlistPdf.write(report, out, locale);
    }

    /** Appends the report's decision record to the review file; call it on the store's thread. */
    public static long storeRecord(ReviewStore store, ShortlistReport report) {
        return store.decisionRecords().append(report.record().toJson());
    }

    public static ExportResult result(ShortlistReport report, Path out) {
        return new ExportResult(out, report.format(), report.record(), report.entries().size(),
                report.shortlist().shortlisted().size());
    }
}
