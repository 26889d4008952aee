package kr.sangsaeng.review.exchange.table;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading a CSV as soon as a stretch of text without a comma or line break grows past the
 * longest cell an import takes (plus its quotes): such a stretch lies inside one cell, so that cell
 * is too long, and the parser would otherwise hold all of it in memory before anyone could check.
 */
final class CellLimitReader extends FilterReader {
    private final int limit;
    private int run;
    private int line = 1;

    CellLimitReader(Reader in, int limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            take((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            take(buf[off + i]);
        }
        return n;
    }

    private void take(char c) throws IOException {
        if (c == ',' || c == '\n' || c == '\r') {
            run = 0;
            if (c == '\n') {
                line++;
            }
            return;
        }
        if (++run > limit + 2) {
            throw new CellTooLongException(line, limit);
        }
    }

    /** Thrown from inside the parser; carries the physical line the long cell started on or before. */
    static final class CellTooLongException extends IOException {
        final int line;

        CellTooLongException(int line, int limit) {
            super(String.format(java.util.Locale.ROOT, "a cell holds more than %,d characters,"
                    + " the most a cell may hold", limit));
            this.line = line;
        }
    }
}
