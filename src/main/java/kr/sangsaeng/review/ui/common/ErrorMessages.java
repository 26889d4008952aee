package kr.sangsaeng.review.ui.common;

import kr.sangsaeng.review.exchange.FailureText;
import kr.sangsaeng.review.exchange.KoreanMessages;
import kr.sangsaeng.review.exchange.shortlist.ShortlistExportException;
import kr.sangsaeng.review.service.Failure;
import kr.sangsaeng.review.service.FigureService;
import kr.sangsaeng.review.service.OutOfScaleException;
import kr.sangsaeng.review.service.PanelService;
import kr.sangsaeng.review.service.ServerLoginService;
import kr.sangsaeng.review.ui.AppContext;

/** Turns a failure into one sentence a committee member can act on, in the UI's language. */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String describe(AppContext ctx, Throwable error) {
        Failure f = Failure.of(error);
        String name = f.file() == null ? "" : String.valueOf(f.file().getFileName());
        return switch (f.kind()) {
            case FILE_NEWER -> ctx.text("error.file.newer", name, f.versions()[0], f.versions()[1]);
            case FILE_NOT_FOUND -> ctx.text("error.file.notFound", name);
            case FILE_EMPTY -> ctx.text("error.file.empty", name);
            case FILE_NOT_SQLITE -> ctx.text("error.file.notSqlite", name);
            case FILE_NOT_REVIEW_FILE -> ctx.text("error.file.notReviewFile", name);
            case FILE_DAMAGED -> ctx.text("error.file.damaged", name);
            case FILE_LOCKED -> ctx.text("error.file.locked", name);
            case FILE_IO -> ctx.text("error.file.io", name, f.detail());
            case REVIEW_LOCKED -> ctx.text("error.review.locked");
            case DISK_FULL -> ctx.text("error.store.diskFull");
            case READ_ONLY -> ctx.text("error.store.readOnly");
            // On a server "busy" is the round's write lock not granted in time (SQLSTATE 55P03): another
            // window or command is writing to the round, and there is no file to name (docs/server-mode.md).
            case BUSY -> ctx.roundText("error.store.busy", "error.store.busy.server");
            case OUT_OF_SCALE -> outOfScale(ctx, f.cause());
            case SERVER_LOGIN -> ctx.text("error.server.login", f.detail());
            case SERVER_UNREACHABLE -> ctx.text("error.server.unreachable", f.detail());
            case SERVER_NO_DATABASE -> ctx.text("error.server.noDatabase", f.detail());
            case SERVER_NOT_ROUND -> ctx.text("error.server.notRound", f.detail());
            case SERVER_LOST -> ctx.text("error.server.lost");
            case STORE -> ctx.text("error.store", f.detail());
            case OTHER -> other(ctx, f.cause());
        };
    }

    private static String outOfScale(AppContext ctx, Throwable e) {
        if (e instanceof OutOfScaleException o) {
            return ctx.text("scoring.outOfScale", o.criterion().label(), number(o.criterion().min()),
                    number(o.criterion().max()));
        }
        return ctx.text("error.store.outOfScale");
    }

    private static String other(AppContext ctx, Throwable e) {
        if (e instanceof ShortlistExportException see) {
            // FILE_BUSY and FILE_KEPT_CHANGING come only from hashing a review file; a server round's
            // export hashes the contents it read and raises neither (docs/server-mode.md), so their
            // sentences keep speaking of the file.
            return switch (see.reason()) {
                case FILE_BUSY -> ctx.text("error.export.busy");
                case FILE_KEPT_CHANGING -> ctx.text("error.export.changing");
                case UNKNOWN_FORMAT -> ctx.text("error.export.format");
            };
        }
        if (e instanceof PanelService.NameTakenException taken) {
            return ctx.text("rubric.reviewer.nameTaken", taken.name());
        }
        if (e instanceof kr.sangsaeng.review.service.PledgeRequiredException p) {
            return ctx.text("scoring.pledgeRequired", p.reviewer());
        }
        if (e instanceof FigureService.BaselineRefusedException) {
            return ctx.text("compare.baselineRefused");
        }
        if (e instanceof PanelService.RubricRefusedException) {
            return ctx.text("error.rubric.refused");
        }
        if (e instanceof ServerLoginService.LoginRefusedException refused) {
            return loginRefused(ctx, refused);
        }
        // No class name reaches the user; the log has the whole failure.
        return ctx.text("error.unexpected", KoreanMessages.in(ctx.locale(), FailureText.describe(e)));
    }

    private static String loginRefused(AppContext ctx, ServerLoginService.LoginRefusedException e) {
        return switch (e.reason()) {
            case NOT_A_SERVER -> ctx.text("error.login.notServer");
            case NOT_SECRETARY -> ctx.text("error.login.notSecretary");
            case MALFORMED -> ctx.text("error.login.malformed", e.login());
            case NO_SUCH_REVIEWER -> ctx.text("error.login.noReviewer", e.reviewer());
            case NOT_SIGNED_IN -> ctx.text("error.login.notSignedIn", e.login());
            case TAKEN -> ctx.text("error.login.taken", e.login(), e.reviewer());
            case HAS_LOGIN -> ctx.text("error.login.hasLogin", e.reviewer(), e.login());
            case SECRETARYS -> ctx.text("error.login.secretarys", e.login());
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
