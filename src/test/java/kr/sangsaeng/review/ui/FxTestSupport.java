package kr.sangsaeng.review.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.store.ReviewStore;
import org.testfx.util.WaitForAsyncUtils;

/** Builds an app context on a fresh copy of the demo round in a temporary folder. */
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
}
