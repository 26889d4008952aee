package kr.sangsaeng.review;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kr.sangsaeng.review.cli.Cli;

/**
 * The training run of the build's class-data sharing archive (see the README, "Faster start"):
 * the JVM that runs this with {@code -XX:DumpLoadedClassList} lists every class it loaded, the
 * build's {@code java -Xshare:dump} writes them into a static archive, and later starts map them
 * instead of loading them one by one from the jar. So it does what people do most: the report
 * commands on a demo round, then, when there is a display, the window on that round up to its
 * first frame.
 * usage: java -XX:DumpLoadedClassList=APP.lst -XX:+UseSerialGC -Dsangsaeng.cdsTraining=FOLDER -jar APP.jar
 */
final class CdsTraining {
    static final String PROPERTY = "sangsaeng.cdsTraining";

    private CdsTraining() {
    }

    /**
     * Runs the report commands, and prepares the window's start on the same round when there is
     * a display: returns true when the caller ({@link Launcher}) should then open the window.
     */
    static boolean run(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path round = folder.resolve("training.sangsaeng");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(folder.resolve(round.getFileName() + suffix));
        }
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        String db = round.toString();
        Cli.run(new String[] {"demo", "--db", db}, quiet, quiet);
        for (String format : new String[] {"table", "csv", "json"}) {
            Cli.run(new String[] {"rank", "--db", db, "--format", format}, quiet, quiet);
            Cli.run(new String[] {"stability", "--db", db, "--top", "3", "--draws", "200", "--format",
                    format.equals("csv") ? "table" : format}, quiet, quiet);
        }
        Cli.run(new String[] {"agreement", "--db", db, "--format", "json"}, quiet, quiet);
        Cli.run(new String[] {"check", "--db", db}, quiet, quiet);
        if (hasDisplay()) {
            Files.writeString(folder.resolve("settings.properties"),
                    "welcome.shown=true\nrecent=" + round.toAbsolutePath().toString().replace("\\", "\\\\") + "\n");
            System.setProperty("sangsaeng.dataDir", folder.toString());
            System.setProperty("sangsaeng.exitAfterFirstFrame", "true");
            return true;
        }
        return false;
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("win") || os.contains("mac")
                || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
