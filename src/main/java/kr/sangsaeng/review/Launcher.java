package kr.sangsaeng.review;

import kr.sangsaeng.review.cli.Cli;
import kr.sangsaeng.review.ui.SangsaengApp;

/**
 * The jar's entry point. With no arguments it opens the window; with a command it runs headless.
 * It is not the JavaFX {@code Application} itself, which on the class path cannot be a main class.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // The store keeps what this computer last saved to each file in the data folder (stale-copy warning).
        if (System.getProperty("sangsaeng.dataDir") == null) {
            System.setProperty("sangsaeng.dataDir", kr.sangsaeng.review.app.AppPaths.dataDir().toString());
        }
        if (args.length == 0) {
            SangsaengApp.main(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
