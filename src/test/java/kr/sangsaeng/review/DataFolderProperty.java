package kr.sangsaeng.review;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points {@code sangsaeng.dataDir} at a fresh folder for each test and puts the old value back after,
 * for tests of what the app keeps in its data folder (commit counts, export folders).
 * Use with {@code @RegisterExtension}; {@link #folder()} is the data folder of the running test.
 */
public final class DataFolderProperty implements BeforeEachCallback, AfterEachCallback {
    private static final String KEY = "sangsaeng.dataDir";
    private String previous;
    private Path folder;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        previous = System.getProperty(KEY);
        folder = Files.createTempDirectory("sangsaeng-data");
        System.setProperty(KEY, folder.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (previous == null) {
            System.clearProperty(KEY);
        } else {
            System.setProperty(KEY, previous);
        }
    }

    public Path folder() {
        return folder;
    }
}
