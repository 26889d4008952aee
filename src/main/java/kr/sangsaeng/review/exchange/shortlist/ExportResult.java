package kr.sangsaeng.review.exchange.shortlist;

import java.nio.file.Path;

/** What a finished shortlist export wrote, and the decision record it stored in the review file. */
public record ExportResult(Path out, ExportFormat format, DecisionRecord record, int submissions, int shortlisted) {
}
