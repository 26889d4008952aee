package kr.sangsaeng.review.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.SangsaengApp;

/**
 * In-app benchmark: the time from a keystroke in the Submissions search box to the table laid out
 * with the filtered rows, over 50 keystrokes (typing a query, then erasing it), on a round of N
 * cases. The filtering (new text to the table's items updated) and the table's CSS and layout
 * afterwards are also reported apart, since they are different costs.
 * usage (see bench/run.sh): java -cp TEST_CLASSPATH kr.sangsaeng.review.bench.FilterBench ROUND.sangsaeng
 */
public final class FilterBench {
    private static final String TYPED = "s-0123소상공인 판로platform 01";

    public static void main(String[] args) throws Exception {
        try {
            run(Path.of(args[0]));
        } finally {
            // A failed run must not leave the FX thread keeping the JVM alive.
            System.exit(0);
        }
    }

    private static void run(Path file) throws Exception {
        Path dir = Files.createTempDirectory("filter-bench");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<Parent> root = new AtomicReference<>();
        AppContext ctx = new AppContext(new Settings(dir.resolve("settings.properties")), Locale.KOREAN);
        OpenRound store = RoundFiles.openForCommand(file);
        onFx(() -> {
            Stage stage = new Stage();
            SangsaengApp.showMainWindow(ctx, stage);
            ctx.setRound(store);
            root.set(stage.getScene().getRoot());
        });
        TableView<?> table = (TableView<?>) root.get().lookup("#table");
        TextField search = (TextField) root.get().lookup("#searchField");
        long deadline = System.currentTimeMillis() + 120_000;
        while (onFxGet(() -> table.getItems().size()) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        int total = onFxGet(() -> table.getItems().size());
        int n = TYPED.length();
        double[] ms = new double[2 * n];
        double[] filter = new double[ms.length];
        double[] layout = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            // Type the query one character at a time, then erase it one character at a time.
            String text = i < n ? TYPED.substring(0, i + 1) : TYPED.substring(0, Math.max(0, 2 * n - i - 1));
            double[] one = onFxGet(() -> keystroke(search, root.get(), text));
            filter[i] = one[0];
            layout[i] = one[1];
            ms[i] = one[0] + one[1];
            if (Boolean.getBoolean("filterBench.each")) { // -DfilterBench.each=true: which keystrokes cost
                int shown = onFxGet(() -> table.getItems().size());
                System.err.printf(Locale.ROOT, "%-32s rows=%6d filter=%7.2f layout=%7.2f%n", text, shown, one[0], one[1]);
            }
        }
        System.out.printf(Locale.ROOT, "rows=%d keystrokes=%d median_ms=%.2f p95_ms=%.2f max_ms=%.2f"
                + " filter_median_ms=%.2f layout_median_ms=%.2f%n", total, ms.length, quantile(ms, 0.5),
                quantile(ms, 0.95), quantile(ms, 1), quantile(filter, 0.5), quantile(layout, 0.5));
        Platform.exit();
    }

    /** One keystroke: {filtering ms, CSS and layout ms} of the table that shows the new rows. */
    private static double[] keystroke(TextField search, Parent root, String text) {
        long t0 = System.nanoTime();
        search.setText(text);
        long t1 = System.nanoTime();
        root.applyCss();
        root.layout();
        long t2 = System.nanoTime();
        return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6};
    }

    /** The q-quantile by the nearest-rank method (q = 1 is the maximum). */
    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static void onFx(Runnable r) throws InterruptedException {
        onFxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> c) throws InterruptedException {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> err = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                err.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (err.get() != null) {
            throw new IllegalStateException(err.get());
        }
        return out.get();
    }
}
