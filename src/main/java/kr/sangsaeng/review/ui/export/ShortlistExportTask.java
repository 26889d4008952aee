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
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.CommitteeServices;
import kr.sangsaeng.review.service.RuleChanges;
import kr.sangsaeng.review.service.ShortlistService;
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
    private final CommitteeServices committee;
    private final ShortlistSettings settings;
    private final Actor actor;
    private final Path out;

    /** @param settings the committee's rule as the dialog shows it; if it differs from the stored one, it is stored first */
    ShortlistExportTask(AppContext ctx, CommitteeServices committee, ShortlistSettings settings, Actor actor, Path out) {
        this.ctx = ctx;
        this.committee = committee;
        this.settings = settings;
        this.actor = actor;
        this.out = out;
    }

    @Override
    protected ExportResult call() throws Exception {
        ExportFormat format = ExportFormat.of(out);
        updateMessage(ctx.roundText("export.progress.reading", "export.progress.reading.server"));
        // The dialog shows the stored rule; what the secretary changed there becomes the stored rule.
        ShortlistService.ExportRule rule = onDatabase(() -> {
            if (!settings.equals(committee.rules().current())) {
                committee.rules().set(settings, actor);
            }
            return committee.shortlists().ruleFor(RuleChanges.NONE);
        });
        RoundSnapshot snapshot = onDatabase(() -> committee.shortlists().snapshot());
        updateMessage(ctx.text("export.progress.ranking"));
        ShortlistReport report = ShortlistService.analyse(snapshot, rule, format, new StabilityProgress() {
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
        ShortlistService.write(report, out, ctx.locale());
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
        Future<Long> stored = db.submit(() -> committee.shortlists().storeRecord(report));
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
