package kr.sangsaeng.review;

import java.io.IOException;
import java.nio.file.Path;
import kr.sangsaeng.review.app.AppPaths;
import kr.sangsaeng.review.cli.Cli;
import kr.sangsaeng.review.store.SqliteLibrary;
import kr.sangsaeng.review.ui.SangsaengApp;

/**
 * The jar's entry point. With no arguments it opens the window; with a command it runs headless.
 * It is not the JavaFX {@code Application} itself, which on the class path cannot be a main class.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) throws IOException {
        // The store keeps what this computer last saved to each file in the data folder (stale-copy warning).
        // Blank (mvn javafx:run without -Dsangsaeng.dataDir) means the per-user folder, as unset does.
        String dataDir = System.getProperty("sangsaeng.dataDir");
        if (dataDir == null || dataDir.isBlank()) {
            System.setProperty("sangsaeng.dataDir", AppPaths.dataDir().toString());
        }
        String training = System.getProperty(CdsTraining.PROPERTY);
        if (training != null) {
            prepareFiles();
            if (CdsTraining.run(Path.of(training))) {
                SangsaengApp.main(args);
            }
        } else if (args.length == 0) {
            // The window does this on the thread that opens the last file, while JavaFX starts.
            SangsaengApp.main(args, Launcher::prepareFiles);
        } else {
            prepareFiles();
            System.exit(Cli.run(args));
        }
    }

    /** What must happen before the first file is opened. */
    private static void prepareFiles() {
        SqliteLibrary.useCopyIn(AppPaths.dataDir().resolve("native"));
        // What a killed export left beside its target is removed at the next start (docs/data-safety.md).
        kr.sangsaeng.review.exchange.ExportFolders.sweep();
    }
}
