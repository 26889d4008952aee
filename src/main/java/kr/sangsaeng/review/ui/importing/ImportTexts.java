package kr.sangsaeng.review.ui.importing;

import java.util.ArrayList;
import java.util.List;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.KoreanMessages;
import kr.sangsaeng.review.exchange.PreviewFigure;
import kr.sangsaeng.review.exchange.PreviewLine;
import kr.sangsaeng.review.quantity.QuantityFormatter;
import kr.sangsaeng.review.exchange.Problem;
import kr.sangsaeng.review.ui.AppContext;

/** The Import dialog's words for kinds, changes, summaries and problem locations, in the UI's language. */
public final class ImportTexts {
    private final AppContext ctx;

    ImportTexts(AppContext ctx) {
        this.ctx = ctx;
    }

    public String kind(ImportKind k) {
        return switch (k) {
            case SUBMISSIONS -> ctx.text("import.kind.submissions");
            case RUBRIC -> ctx.text("import.kind.rubric");
            case SCORES -> ctx.text("import.kind.scores");
        };
    }

    public String change(PreviewLine.Change c) {
        return switch (c) {
            case ADD -> ctx.text("import.change.add");
            case CHANGE -> ctx.text("import.change.change");
            case UNCHANGED -> ctx.text("import.change.unchanged");
            case NEWER_IN_FILE -> ctx.text("import.change.newerInFile");
            case KEPT_CURRENT -> ctx.text("import.change.keptCurrent");
            case LOCKED -> ctx.text("import.change.locked");
        };
    }

    /** A line's details; a conflict names both values in the UI's words. */
    public String detail(PreviewLine line) {
        if (!line.isConflict()) {
            return recusal(line.detail());
        }
        return ctx.roundText("import.detail.conflict", "import.detail.conflict.server", line.current().isEmpty() ? "—" : recusal(line.current()),
                recusal(line.incoming()));
    }

    /** A review's details start with the English word "recused" when it is one; the rest is as written. */
    private String recusal(String detail) {
        return detail.startsWith("recused") ? ctx.text("import.detail.recused") + detail.substring("recused".length())
                : detail;
    }

    /**
     * A case's figures as written and as read, {@code 매출: 1억 5천 → 1억 5,000만원}, so a reading the
     * secretary did not mean is caught before anything is saved.
     */
    public String figures(PreviewLine line) {
        List<String> parts = new ArrayList<>();
        for (PreviewFigure f : line.figures()) {
            String read = QuantityFormatter.format(f.value(), f.unit(), f.approximate(), f.counter(), ctx.locale());
            parts.add(ctx.text("import.figure", f.metric(), f.asWritten(), read));
        }
        return String.join(" · ", parts);
    }

    /** The problem's reason in the UI's language. */
    public String reason(Problem p) {
        return KoreanMessages.in(ctx.locale(), p.reason());
    }

    /** The row as the spreadsheet numbers it, or "file" for a problem with the whole file. */
    public String row(Problem p) {
        return p.row() <= 0 ? ctx.text("import.wholeFile") : Integer.toString(p.row());
    }

    /** {@code C · 플랫폼}: the column letter and its header. */
    public String column(Problem p) {
        String letter = p.columnLetter();
        if (letter.isEmpty()) {
            return p.columnName();
        }
        return p.columnName().isEmpty() ? letter : letter + " · " + p.columnName();
    }

    public String summary(ImportSummary s) {
        List<String> parts = new ArrayList<>();
        parts.add(switch (s.kind()) {
            case SUBMISSIONS -> ctx.text("import.summary.cases", s.added(), s.changed(), s.unchanged());
            case RUBRIC -> ctx.text("import.summary.criteria", s.added(), s.changed(), s.unchanged());
            case SCORES -> ctx.text("import.summary.scores", s.added(), s.changed(), s.unchanged(), s.conflicts().size());
        });
        if (!s.newMetrics().isEmpty()) {
            parts.add(ctx.text("import.summary.newMetrics", String.join(", ", s.newMetrics())));
        }
        if (!s.newPlatforms().isEmpty()) {
            parts.add(ctx.text("import.summary.newPlatforms", s.newPlatforms().size()));
        }
        if (!s.newReviewers().isEmpty()) {
            parts.add(ctx.text("import.summary.newReviewers", String.join(", ", s.newReviewers())));
        }
        s.warnings().forEach(w -> parts.add(ctx.text("import.summary.warning", KoreanMessages.in(ctx.locale(), w))));
        return String.join("\n", parts);
    }
}
