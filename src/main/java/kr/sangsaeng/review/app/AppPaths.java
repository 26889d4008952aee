package kr.sangsaeng.review.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the app keeps its files: the per-user data folder of each operating system (README.md, "Where files live").
 * The system property {@code sangsaeng.dataDir} overrides it (tests, portable installs).
 */
public final class AppPaths {
    static final String APP_FOLDER = "sangsaeng-review";

    private AppPaths() {
    }

    public static Path dataDir() {
        String override = System.getProperty("sangsaeng.dataDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Sangsaeng Review");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Sangsaeng Review");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve(APP_FOLDER);
    }

    /** The copy of the bundled 2022 round made on first start. */
    public static Path demoFile() {
        return dataDir().resolve("demo-2022.sangsaeng");
    }

    public static Path settingsFile() {
        return dataDir().resolve("settings.properties");
    }

    public static Path logDir() {
        return dataDir().resolve("logs");
    }

    /**
     * Where a server round's changes wait on disk while the connection is lost (docs/server-mode.md,
     * "Kept on this computer"). Only when {@code sangsaeng.dataDir} is set, as the launcher always
     * sets it (like the commit ledger): tests that do not set it write nothing into the user's folder.
     */
    public static Optional<Path> pendingDir() {
        String dir = System.getProperty("sangsaeng.dataDir");
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir).resolve("pending"));
    }
}
