package kr.sangsaeng.review.service;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import kr.sangsaeng.review.app.Settings;

/**
 * The window's first file, found and opened on a thread of its own while JavaFX starts and the
 * window is built (docs/architecture.md, "Start-up"): opening checks the whole file before it may
 * be written to, which on the 10,000-case round takes about as long as JavaFX's own start, and on
 * two cores the two no longer wait for each other. What happens is what {@link RoundFiles#startupFile}
 * and {@link RoundFiles#open} do when called one after the other; only the moment is earlier.
 * The window takes the result on its database thread, so every later use of the round follows it.
 */
public final class EarlyOpen {
    private final CompletableFuture<Path> file = new CompletableFuture<>();
    private final CompletableFuture<OpenRound> round = new CompletableFuture<>();

    private EarlyOpen() {
    }

    /**
     * Starts finding and opening the file; {@code prepare} runs first on the same thread (making
     * SQLite's library ready, which must happen before the first connection).
     */
    public static EarlyOpen begin(Settings settings, Runnable prepare) {
        EarlyOpen early = new EarlyOpen();
        Thread t = new Thread(() -> early.run(settings, prepare), "first-open");
        t.setDaemon(true);
        t.start();
        return early;
    }

    private void run(Settings settings, Runnable prepare) {
        Path found;
        try {
            prepare.run();
            found = RoundFiles.startupFile(settings);
        } catch (Throwable e) {
            file.completeExceptionally(e);
            round.completeExceptionally(e);
            return;
        }
        file.complete(found);
        try {
            round.complete(RoundFiles.open(found));
        } catch (Throwable e) {
            round.completeExceptionally(e);
        }
    }

    /** The file to open (the last one used, or the demo copy), waiting for it; fails as {@link RoundFiles#startupFile} does. */
    public Path file() throws Exception {
        return await(file);
    }

    /** The opened round, waiting for it; fails as {@link RoundFiles#open} does. */
    public OpenRound round() throws Exception {
        return await(round);
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
