package kr.sangsaeng.review.ui.export;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import javafx.concurrent.Task;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.exchange.shortlist.ExportFormat;
import kr.sangsaeng.review.exchange.shortlist.ExportResult;
import kr.sangsaeng.review.exchange.shortlist.RoundSnapshot;
import kr.sangsaeng.review.exchange.shortlist.ShortlistExporter;
import kr.sangsaeng.review.exchange.shortlist.ShortlistReport;
import kr.sangsaeng.review.exchange.shortlist.ShortlistSettings;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;

/**
 * One shortlist export as a cancellable task with progress. It runs on a worker thread of its own
 * and sends only the store work to the database thread (reading the round, then storing the
 * decision record), so the window and the database stay free while draws are computed and the
 * file is written. Cancelling interrupts the worker; nothing is written or stored after that,
 * except that a file already in place still gets its record.
 */
final class ShortlistExportTask extends Task<ExportResult> {
    /** Share of the bar for the stability draws; the rest is writing. */
    private static final double DRAWS_SHARE = 0.8;

    private final AppContext ctx;
    private final ReviewStore store;
    private final ShortlistSettings settings;
    private final Path out;

    ShortlistExportTask(AppContext ctx, ReviewStore store, ShortlistSettings settings, Path out) {
        this.ctx = ctx;
        this.store = store;
        this.settings = settings;
        this.out = out;
    }

    @Override
    protected ExportResult call() throws Exception {
        ExportFormat format = ExportFormat.of(out);
        updateMessage(ctx.text("export.progress.reading"));
        RoundSnapshot snapshot = onDatabase(() -> RoundSnapshot.read(store));
        updateMessage(ctx.text("export.progress.ranking"));
        ShortlistReport report = ShortlistExporter.analyse(snapshot, settings, format, new StabilityProgress() {
            @Override
            public void progress(int done, int total) {
                updateProgress(DRAWS_SHARE * done / total, 1);
            }

            @Override
            public boolean isCancelled() {
                return ShortlistExportTask.this.isCancelled();
            }
        });
        updateMessage(ctx.text("export.progress.writing"));
        updateProgress(DRAWS_SHARE, 1);
        ShortlistExporter.write(report, out, ctx.locale());
        // From here the file exists: its record is stored even if the user pressed Cancel just now.
        storeUninterruptibly(report);
        updateProgress(1, 1);
        return ShortlistExporter.result(report, out);
    }

    private <T> T onDatabase(Callable<T> work) throws Exception {
        try {
            return ctx.dbExecutor().submit(work).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void storeUninterruptibly(ShortlistReport report) throws Exception {
        ExecutorService db = ctx.dbExecutor();
        Future<Long> stored = db.submit(() -> ShortlistExporter.storeRecord(store, report));
        boolean interrupted = Thread.interrupted();
        try {
            while (true) {
                try {
                    stored.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
