package kr.sangsaeng.review.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Where SQLite's native library is loaded from. By default the driver copies the library (1 MB)
 * out of the jar into the temp folder on every start and compares it byte by byte with the jar's
 * copy: about a sixth of a second of every command. Here it is copied once into a folder of ours,
 * one copy per driver version, and loaded from there afterwards.
 */
public final class SqliteLibrary {
    private SqliteLibrary() {
    }

    /**
     * Makes the driver load its library from {@code folder} (copying it there first when needed).
     * Call before the first connection. On any trouble (a read-only folder, an unknown platform)
     * it leaves the driver to its own way, which always works.
     */
    public static void useCopyIn(Path folder) {
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return;
        }
        try {
            String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = System.mapLibraryName("sqlitejdbc").replace(".jnilib", ".dylib");
            Path dir = folder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(platform);
            Path lib = dir.resolve(name);
            if (!Files.isRegularFile(lib) && !copy("/org/sqlite/native/" + platform + "/" + name, lib)) {
                return;
            }
            System.setProperty("org.sqlite.lib.path", dir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(SqliteLibrary.class).debug("Using the driver's own library extraction", e);
        }
    }

    /** Copies the resource to {@code lib} whole or not at all (temp file, then an atomic move). */
    private static boolean copy(String resource, Path lib) throws IOException {
        try (InputStream in = SqliteLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return false;
            }
            Files.createDirectories(lib.getParent());
            Path temp = Files.createTempFile(lib.getParent(), "lib", ".tmp");
            try {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, lib, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        }
    }
}
