package kr.sangsaeng.review.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Compares a database file's length with what its own header says, by plain reading. A copy cut
 * short by a few bytes passes {@code PRAGMA quick_check} (SQLite reads the missing bytes of the last
 * page as zeros), yet writing to it turns the damage permanent; this check sees it at once.
 * The layout is SQLite's documented file format: page size at offset 16, change counter at 24,
 * page count at 28, and the counter the page count is valid for at 92.
 */
final class PageCheck {
    private static final int HEADER = 100;

    private PageCheck() {
    }

    /**
     * Why the file's length is wrong, or empty when it fits its header. Another program may
     * checkpoint the file while it is looked at (growing it and removing its log); a look during
     * which the length or the log changed is taken again, and one that never holds still is left
     * to SQLite's own checks rather than called damage.
     */
    static Optional<String> problem(Path file) throws IOException {
        for (int attempt = 0; attempt < 5; attempt++) {
            boolean logBefore = hasLog(file);
            long lengthBefore = Files.size(file);
            Optional<String> problem = look(file, lengthBefore, logBefore);
            if (hasLog(file) == logBefore && Files.size(file) == lengthBefore) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> look(Path file, long length, boolean hasLog) throws IOException {
        if (length < HEADER) {
            return Optional.of("the file ends inside its header (" + length + " bytes)");
        }
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (header.hasRemaining() && ch.read(header) >= 0) {
                // read the whole header
            }
        }
        int raw = Short.toUnsignedInt(header.getShort(16));
        long pageSize = raw == 1 ? 65_536 : raw;
        if (pageSize < 512 || Long.bitCount(pageSize) != 1) {
            return Optional.of("its header names an impossible page size (" + raw + ")");
        }
        if (length % pageSize != 0) {
            return Optional.of("it is " + length + " bytes long, not a whole number of " + pageSize + "-byte pages:"
                    + " it was cut short or added to");
        }
        long pages = Integer.toUnsignedLong(header.getInt(28));
        boolean countValid = header.getInt(24) == header.getInt(92) && pages > 0;
        // Pages still in a write-ahead log may belong past the end until they are copied back.
        if (countValid && !hasLog && length < pages * pageSize) {
            return Optional.of("it holds " + length / pageSize + " of its " + pages + " pages: it was cut short");
        }
        return Optional.empty();
    }

    private static boolean hasLog(Path file) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.size(wal) > 0;
        } catch (java.nio.file.NoSuchFileException e) {
            return false; // none, or removed a moment ago by the program that closed it
        }
    }
}
