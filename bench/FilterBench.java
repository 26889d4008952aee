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
 * with the filtered rows, median over 50 keystrokes, on a round of N cases (default 100,000).
 * usage: java -cp bench/out:target/sangsaeng-review.jar FilterBench ROUND.sangsaeng
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
        double[] ms = new double[50];
        for (int i = 0; i < ms.length; i++) {
            // Type the query one character at a time, then erase it one character at a time.
            int n = TYPED.length();
            String text = i < n ? TYPED.substring(0, i + 1) : TYPED.substring(0, Math.max(0, 2 * n - i - 1));
            ms[i] = onFxGet(() -> keystroke(search, root.get(), text));
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "rows=%d median_ms=%.2f p90_ms=%.2f max_ms=%.2f%n", total, ms[25], ms[45], ms[49]);
        Platform.exit();
    }

    /** One keystroke: the new text, the filtered list, CSS and layout of the table that shows it. */
    private static double keystroke(TextField search, Parent root, String text) {
        long t0 = System.nanoTime();
        search.setText(text);
        root.applyCss();
        root.layout();
        return (System.nanoTime() - t0) / 1e6;
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
