package kr.sangsaeng.review.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.store.ReviewStore;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Builds an app context on a fresh copy of the demo round in a temporary folder, and waits and takes pictures for TestFX tests. */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    public static AppContext demoContext(Path dir, Locale locale) throws Exception {
        Settings settings = new Settings(dir.resolve("settings.properties"));
        AppContext ctx = new AppContext(settings, locale);
        ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"));
        ctx.setRound(kr.sangsaeng.review.service.TestRounds.over(store));
        return ctx;
    }

    /** Waits (up to 10 s) for a condition that background work and the FX thread make true. */
    public static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Lets the window finish drawing (animations, deferred layout) before a picture is taken of it. */
    public static void settle() throws Exception {
        for (int i = 0; i < 6; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(250);
        }
    }

    /** Holds a background thread until {@code latch} opens (30 s at most); used to keep a database thread busy. */
    public static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The main window's picture with {@code dialog}'s (when not null) drawn over it, centred in its upper third. */
    public static BufferedImage pictureWithDialog(FxRobot robot, Stage main, Window dialog) {
        AtomicReference<BufferedImage> base = new AtomicReference<>();
        AtomicReference<BufferedImage> top = new AtomicReference<>();
        robot.interact(() -> {
            base.set(SwingFXUtils.fromFXImage(main.getScene().snapshot(null), null));
            if (dialog != null) {
                top.set(SwingFXUtils.fromFXImage(dialog.getScene().snapshot(null), null));
            }
        });
        if (top.get() != null) {
            Graphics2D g = base.get().createGraphics();
            int x = (base.get().getWidth() - top.get().getWidth()) / 2;
            int y = (base.get().getHeight() - top.get().getHeight()) / 3;
            g.setColor(new java.awt.Color(0, 0, 0, 60));
            g.fillRect(x + 4, y + 4, top.get().getWidth(), top.get().getHeight());
            g.drawImage(top.get(), x, y, null);
            g.setColor(java.awt.Color.GRAY);
            g.drawRect(x, y, top.get().getWidth() - 1, top.get().getHeight() - 1);
            g.dispose();
        }
        return base.get();
    }
}
