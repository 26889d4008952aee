package kr.sangsaeng.review.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import kr.sangsaeng.review.exchange.export.MetricsCsvExport;
import kr.sangsaeng.review.exchange.export.RubricCsvExport;
import kr.sangsaeng.review.exchange.export.ScorePackExport;
import kr.sangsaeng.review.exchange.export.SubmissionsCsvExport;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The round's data as files, in the formats the importer reads back (docs/file-formats.md). The
 * scored shortlist, with its decision record, is exported elsewhere. Each method returns how many
 * items the file holds.
 */
public final class ExportService {
    private final ReviewStore store;

    ExportService(ReviewStore store) {
        this.store = store;
    }

    public int submissionsCsv(Path out) throws IOException {
        return SubmissionsCsvExport.write(store, out);
    }

    public int rubricCsv(Path out) throws IOException {
        return RubricCsvExport.write(store, out);
    }

    /** Every score, or one reviewer's score pack when {@code reviewer} names one. */
    public int scorePack(Path out, Optional<String> reviewer) throws IOException {
        return ScorePackExport.write(store, out, reviewer);
    }

    public int metricsCsv(Path out) throws IOException {
        return MetricsCsvExport.write(store, out);
    }
}
