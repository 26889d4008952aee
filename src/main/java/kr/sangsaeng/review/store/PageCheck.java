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

    /** Why the file's length is wrong, or empty when it fits its header. */
    static Optional<String> problem(Path file) throws IOException {
        long length = Files.size(file);
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
        if (countValid && !hasLog(file) && length < pages * pageSize) {
            return Optional.of("it holds " + length / pageSize + " of its " + pages + " pages: it was cut short");
        }
        return Optional.empty();
    }

    private static boolean hasLog(Path file) throws IOException {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.exists(wal) && Files.size(wal) > 0;
    }
}
