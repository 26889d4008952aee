package kr.sangsaeng.review.app;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.store.ReviewFileException;

/**
 * Chooses the file the app opens at start: the last one used if it still exists, otherwise the copy
 * of the bundled demo in the data folder, created on first start.
 */
public final class StartupFile {
    private StartupFile() {
    }

    public static Path choose(Settings settings) throws ReviewFileException {
        java.util.Optional<Path> last = settings.lastFile().filter(Files::isRegularFile);
        return last.isPresent() ? last.get() : ensureDemo();
    }

    /** Makes sure the demo copy exists in the data folder and returns it. */
    public static Path ensureDemo() throws ReviewFileException {
        Path demo = AppPaths.demoFile();
        if (!Files.exists(demo)) {
            try {
                DemoRound.createWithDocumentsAt(demo).close();
            } catch (java.io.IOException e) {
                // The sample documents could not be written: the demo copy is as unusable as a file
                // that cannot be read, and the start-up error says so in those words.
                throw new ReviewFileException(ReviewFileException.Problem.IO, demo, e.getMessage(), e);
            }
        }
        return demo;
    }
}
