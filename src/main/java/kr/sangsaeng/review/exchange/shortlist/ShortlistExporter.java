package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.analysis.ShortlistSettings;
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
        ShortlistReport report = analyse(snapshot, settings, java.util.List.of(), format, progress);
        write(report, out, locale);
        storeRecord(store, report);
        return result(report, out);
    }

    /** Ranks, shortlists and runs the stability draws; blocks, so keep it off the FX thread. */
    public static ShortlistReport analyse(RoundSnapshot snapshot, ShortlistSettings settings, ExportFormat format,
                                          StabilityProgress progress) {
        return analyse(snapshot, settings, java.util.List.of(), format, progress);
    }

    /** @param overrides the parts of the committee's stored rule changed for this export alone (see DecisionRecord) */
    public static ShortlistReport analyse(RoundSnapshot snapshot, ShortlistSettings settings,
                                          java.util.List<String> overrides, ExportFormat format,
                                          StabilityProgress progress) {
        return ReportBuilder.build(snapshot, settings, overrides, format, Instant.now(), progress);
    }

    /** Writes the file in the report's format (the one its decision record names). */
    public static void write(ShortlistReport report, Path out, Locale locale) throws IOException {
        switch (report.format()) {
            case CSV -> csv(report, out);
            case XLSX -> xlsx(report, out, locale);
            case PDF -> pdf(report, out, locale);
        }
    }

    /** The ranking as one rectangular table, and its decision record beside it (see {@link #recordBeside}). */
    public static void csv(ShortlistReport report, Path out) throws IOException {
        ShortlistCsv.write(report, out);
        RecordSidecar.write(report.record(), out);
    }

    /** Where a CSV export's decision record is written: {@code <name>.decision-record.json} beside it. */
    public static Path recordBeside(Path csv) {
        return RecordSidecar.pathFor(csv);
    }

    /** The workbook, its sheet names, headers and coded values in {@code locale}'s language (Korean or English). */
    public static void xlsx(ShortlistReport report, Path out, Locale locale) throws IOException {
        ShortlistXlsx.write(report, out, locale);
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
