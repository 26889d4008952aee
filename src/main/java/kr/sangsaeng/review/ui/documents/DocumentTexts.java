package kr.sangsaeng.review.ui.documents;

import kr.sangsaeng.review.exchange.documents.DocumentKind;
import kr.sangsaeng.review.exchange.documents.DocumentPlan;
import kr.sangsaeng.review.exchange.documents.DocumentProblem;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.model.PinStatus;
import kr.sangsaeng.review.ui.AppContext;

/** The document pane's sentences in the reader's language. */
public final class DocumentTexts {
    private DocumentTexts() {
    }

    /** Why a file cannot be added, in the reader's language. */
    public static String problem(AppContext ctx, DocumentProblem p) {
        Object[] a = p.args().toArray();
        return switch (p.reason()) {
            case EMPTY -> ctx.text("documents.problem.empty");
            case TOO_LARGE -> ctx.text("documents.problem.tooLarge", a);
            case ROUND_FULL -> ctx.text("documents.problem.roundFull", a);
            case UNREADABLE -> ctx.text("documents.problem.unreadable", a);
            case BAD_NAME -> ctx.text("documents.problem.badName", a);
            case TYPE_MISMATCH -> ctx.text("documents.problem.typeMismatch", a);
            case PDF_DAMAGED -> ctx.text("documents.problem.pdfDamaged", a);
            case PDF_TRUNCATED -> ctx.text("documents.problem.pdfTruncated");
            case PDF_PASSWORD -> ctx.text("documents.problem.pdfPassword");
            case PDF_NO_PAGES -> ctx.text("documents.problem.pdfNoPages");
            case PDF_TOO_MANY_PAGES -> ctx.text("documents.problem.pdfTooManyPages", a);
            case ZIP_BOMB -> ctx.text("documents.problem.zipBomb");
            case ZIP_DAMAGED -> ctx.text("documents.problem.zipDamaged", a);
            case HWP_DAMAGED -> ctx.text("documents.problem.hwpDamaged", a);
            case NO_CASE -> ctx.text("documents.problem.noCase");
            case NO_SUCH_CASE -> ctx.text("documents.problem.noSuchCase", a);
        };
    }

    /** What adding a planned file will do, or why it cannot be added. */
    public static String outcome(AppContext ctx, DocumentPlan.Item item) {
        return switch (item.outcome()) {
            case ADD -> ctx.text("documents.outcome.add");
            case ALREADY_STORED -> ctx.text("documents.outcome.stored");
            case REPEATED -> ctx.text("documents.outcome.repeated");
            case REFUSED -> problem(ctx, item.problem().orElseThrow());
        };
    }

    public static String status(AppContext ctx, PinStatus s) {
        return switch (s) {
            case VERIFIED -> ctx.text("pin.status.verified");
            case UNVERIFIED -> ctx.text("pin.status.unverified");
            case CONTRADICTED -> ctx.text("pin.status.contradicted");
        };
    }

    /** A short mark for a figure's pin, shown beside the figure. */
    public static String mark(PinStatus s) {
        return switch (s) {
            case VERIFIED -> "✔";
            case UNVERIFIED -> "?";
            case CONTRADICTED -> "✖";
        };
    }

    /** The name a reviewer sees: the submitted name, or in blind review "사례 A 문서 1". */
    public static String name(AppContext ctx, Document d, int index, String blindCase) {
        return blindCase == null ? d.name() : ctx.text("documents.blindName", blindCase, index + 1);
    }

    /** "PDF · 3 pages · 41 KB". */
    public static String details(AppContext ctx, Document d) {
        DocumentKind kind = DocumentKind.fromMediaType(d.mediaType());
        String type = kind == DocumentKind.OTHER ? d.mediaType() : kind.name();
        String size = d.bytes() < 1024 * 1024 ? ctx.text("documents.kb", Math.max(1, d.bytes() / 1024))
                : ctx.text("documents.mb", String.format(ctx.locale(), "%.1f", d.bytes() / (1024.0 * 1024)));
        return kind == DocumentKind.PDF ? ctx.text("documents.detailsPaged", type, d.pages(), size)
                : ctx.text("documents.details", type, size);
    }
}
