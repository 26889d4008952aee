package kr.sangsaeng.review.exchange.table;

import java.io.IOException;

/** Reads a table file row by row, so a 100,000-row file is never held as text in memory. */
public interface TableReader extends AutoCloseable {
    /**
     * The next row, or null after the last one.
     *
     * @throws TableFormatException when the file cannot be read on from here (bad quoting, wrong encoding)
     */
    TableRow next() throws IOException, TableFormatException;

    /** How much of the file has been read, 0 to 1, or -1 when that is not known. */
    double progress();

    @Override
    void close() throws IOException;
}
