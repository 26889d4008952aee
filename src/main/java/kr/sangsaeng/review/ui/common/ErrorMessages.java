package kr.sangsaeng.review.ui.common;

import kr.sangsaeng.review.exchange.FailureText;
import kr.sangsaeng.review.exchange.KoreanMessages;
import kr.sangsaeng.review.exchange.shortlist.ShortlistExportException;
import kr.sangsaeng.review.store.DiskFullException;
import kr.sangsaeng.review.store.ReadOnlyStoreException;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewLockedException;
import kr.sangsaeng.review.store.StoreBusyException;
import kr.sangsaeng.review.store.StoreException;
import kr.sangsaeng.review.ui.AppContext;

/** Turns a failure into one sentence a committee member can act on, in the UI's language. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String describe(AppContext ctx, Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof ReviewFileException rfe) {
            String name = rfe.file() == null ? "" : String.valueOf(rfe.file().getFileName());
            return switch (rfe.problem()) {
                case NEWER_VERSION -> ctx.text("error.file.newer", name, rfe.fileVersion(), rfe.supportedVersion());
                case NOT_FOUND -> ctx.text("error.file.notFound", name);
                case EMPTY -> ctx.text("error.file.empty", name);
                case NOT_SQLITE -> ctx.text("error.file.notSqlite", name);
                case NOT_REVIEW_FILE -> ctx.text("error.file.notReviewFile", name);
                case DAMAGED -> ctx.text("error.file.damaged", name);
                case LOCKED -> ctx.text("error.file.locked", name);
                case IO -> ctx.text("error.file.io", name, rfe.getMessage());
            };
        }
        if (e instanceof ReviewLockedException) {
            return ctx.text("error.review.locked");
        }
        if (e instanceof DiskFullException) {
            return ctx.text("error.store.diskFull");
        }
        if (e instanceof ReadOnlyStoreException) {
            return ctx.text("error.store.readOnly");
        }
        if (e instanceof StoreBusyException) {
            return ctx.text("error.store.busy");
        }
        if (e instanceof ShortlistExportException see) {
            return switch (see.reason()) {
                case FILE_BUSY -> ctx.text("error.export.busy");
                case FILE_KEPT_CHANGING -> ctx.text("error.export.changing");
                case UNKNOWN_FORMAT -> ctx.text("error.export.format");
            };
        }
        if (e instanceof StoreException) {
            return ctx.text("error.store", e.getMessage());
        }
        return ctx.text("error.unexpected", KoreanMessages.in(ctx.locale(), FailureText.describe(e)));
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
