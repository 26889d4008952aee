package kr.sangsaeng.review.exchange.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kr.sangsaeng.review.exchange.documents.DocumentProblem.Reason;

/**
 * Reads ZIP-based documents (HWPX, XLSX) with limits, counting the bytes actually unpacked rather
 * than trusting the sizes an archive declares: a small file that unpacks to gigabytes is refused
 * before it fills memory or disk.
 */
public final class SafeZip {
    static final int MAX_ENTRIES = 10_000;
    /** At most this many unpacked bytes per archive in all. */
    static final long MAX_TOTAL = 256L << 20;
    /** A file unpacking to more than this many times its own size is a bomb, beyond a small allowance. */
    static final long MAX_RATIO = 100;
    private static final long RATIO_ALLOWANCE = 4L << 20;

    private SafeZip() {
    }

    /** Receives each entry's name and content stream; the stream is closed after the visit. */
    @FunctionalInterface
    public interface EntryVisitor {
        /** Returns false to stop reading further entries. */
        boolean visit(String name, InputStream content) throws IOException;
    }

    /** Reads every entry (unpacking all of it) and refuses archives over the limits. */
    public static void check(Path file) throws DocumentProblem {
        read(file, (name, in) -> {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return true;
        });
    }

    /** Visits entries in archive order, within the limits. */
    public static void read(Path file, EntryVisitor visitor) throws DocumentProblem {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new DocumentProblem(Reason.UNREADABLE, e.getMessage());
        }
        long limit = Math.min(MAX_TOTAL, Math.max(size, 1) * MAX_RATIO + RATIO_ALLOWANCE);
        // Entries are found through the central directory, as Office and Hancom read them: a streamed
        // archive (sizes only after each entry's data, as XLSX writers such as fastexcel make) is valid.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Budget budget = new Budget(limit);
            int entries = 0;
            for (var all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry e = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new DocumentProblem(Reason.ZIP_BOMB);
                }
                try (InputStream content = zip.getInputStream(e)) {
                    if (!visitor.visit(e.getName(), new LimitedStream(content, budget))) {
                        return;
                    }
                }
            }
        } catch (BombException e) {
            throw new DocumentProblem(Reason.ZIP_BOMB);
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentProblem(Reason.ZIP_DAMAGED, e.getMessage());
        }
    }

    private static final class Budget {
        private long left;

        Budget(long left) {
            this.left = left;
        }

        void spend(long n) throws BombException {
            left -= n;
            if (left < 0) {
                throw new BombException();
            }
        }
    }

    private static final class BombException extends IOException {
        BombException() {
            super("unpacks beyond the limit");
        }
    }

    /** One entry's content, charged against the archive's budget; the reader closes it, not the visitor. */
    private static final class LimitedStream extends InputStream {
        private final InputStream in;
        private final Budget budget;

        LimitedStream(InputStream in, Budget budget) {
            this.in = in;
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                budget.spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                budget.spend(n);
            }
            return n;
        }

        @Override
        public void close() {
            // The archive stream stays open for the next entry.
        }
    }
}
