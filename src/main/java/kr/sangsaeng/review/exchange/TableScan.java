package kr.sangsaeng.review.exchange;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.exchange.table.TableFormatException;
import kr.sangsaeng.review.exchange.table.TableReader;
import kr.sangsaeng.review.exchange.table.TableReaders;
import kr.sangsaeng.review.exchange.table.TableRow;

/**
 * Reads an import file once, start to end: the first non-blank row is the header, every later
 * non-blank row goes to the handler. Reports progress and honours cancellation as it goes.
 */
public final class TableScan {
    private static final int PROGRESS_EVERY = 1_000;
    /**
     * The longest cell an import takes. No field of ours needs more (a summary is a paragraph); a
     * longer cell is a pasted document or a broken file, and storing it would bloat the review file
     * and every export, so it is reported with its row and column instead.
     */
    public static final int MAX_CELL_CHARS = 100_000;
    /**
     * The most columns an import takes: five named columns and the rest metrics, far more than any
     * round has. A file with a million columns is refused at its header instead of being matched
     * column by column against the round for minutes.
     */
    public static final int MAX_COLUMNS = 1_000;

    /** What a file format does with the rows. */
    public interface Handler {
        /** Takes the header row; returns false when the header is unusable and rows need not be read. */
        boolean header(TableRow header);

        void row(TableRow row);
    }

    /**
     * A handler whose work on a row falls in two parts: {@link #prepare}, which needs nothing but the
     * row (reading its cells and figures), and {@link #row(TableRow, Object)}, which does the rest
     * in file order. {@link #scanAhead} runs the first part on a second thread.
     */
    public interface AheadHandler<P> extends Handler {
        /** Called on the reading thread, one row after another; must touch nothing the other part uses meanwhile. */
        P prepare(TableRow row);

        /** Called on the scanning thread, in file order, with what {@link #prepare} made of the row. */
        void row(TableRow row, P prepared);

        @Override
        default void row(TableRow row) {
            row(row, prepare(row));
        }
    }

    private TableScan() {
    }

    /** Returns the problems with the file as a whole (cannot be opened, empty, broken quoting). */
    public static List<Problem> scan(Path file, Optional<Charset> encoding, Progress progress, Handler handler) {
        return scan(file, encoding, progress, handler, false);
    }

    /**
     * Like {@link #scan}, with the rows read and prepared on a second thread ahead of the handler's
     * work on them ({@link ReadAhead}); the handler sees the same rows in the same order, and the same
     * problems come back.
     */
    public static <P> List<Problem> scanAhead(Path file, Optional<Charset> encoding, Progress progress,
                                              AheadHandler<P> handler) {
        return scan(file, encoding, progress, handler, true);
    }

    @SuppressWarnings("unchecked")
    private static List<Problem> scan(Path file, Optional<Charset> encoding, Progress progress, Handler handler,
                                      boolean ahead) {
        List<Problem> problems = new ArrayList<>();
        try (TableReader reader = TableReaders.open(file, encoding)) {
            TableRow header = firstNonBlank(reader);
            if (header == null) {
                problems.add(Problem.ofFile("the file is empty: it needs a header row and one row per item"));
                return problems;
            }
            if (header.size() > MAX_COLUMNS) {
                problems.add(Problem.ofRow(header.number(), tooWide(header)));
                return problems;
            }
            if (!handler.header(header)) {
                return problems;
            }
            if (ahead) {
                ReadAhead.rows(reader, progress, (AheadHandler<Object>) handler, header, problems);
            } else {
                readRows(reader, progress, handler, header, problems);
            }
        } catch (TableFormatException e) {
            problems.add(e.row() > 0 ? Problem.ofRow(e.row(), e.getMessage()) : Problem.ofFile(e.getMessage()));
        } catch (IOException e) {
            problems.add(Problem.ofFile("the file cannot be read: " + e.getMessage()));
        }
        return problems;
    }

    private static TableRow firstNonBlank(TableReader reader) throws IOException, TableFormatException {
        TableRow row;
        while ((row = reader.next()) != null) {
            if (!row.isBlank()) {
                return row;
            }
        }
        return null;
    }

    private static void readRows(TableReader reader, Progress progress, Handler handler, TableRow header,
                                 List<Problem> problems) throws IOException, TableFormatException {
        TableRow row;
        int count = 0;
        while ((row = reader.next()) != null) {
            if (row.size() > MAX_COLUMNS) {
                problems.add(Problem.ofRow(row.number(), tooWide(row)));
                return;
            }
            if (!row.isBlank() && withinCellLimit(row, header, problems)) {
                handler.row(row);
            }
            if (++count % PROGRESS_EVERY == 0) {
                progress.checkCancelled();
                progress.update(reader.progress());
            }
        }
    }

    static String tooWide(TableRow row) {
        return String.format(java.util.Locale.ROOT, "the row has %,d columns; an import takes at most %,d",
                row.size(), MAX_COLUMNS);
    }

    static boolean withinCellLimit(TableRow row, TableRow header, List<Problem> problems) {
        boolean fits = true;
        for (int i = 0; i < row.size(); i++) {
            String cell = row.cell(i);
            if (cell.indexOf('\0') >= 0) {
                // A NUL ends a string in C tools (sqlite3, terminals): what they show would differ from what is stored.
                problems.add(new Problem(row.number(), i, header.cell(i), "the cell holds a NUL character (code 0)"));
                fits = false;
            }
            int length = cell.length();
            if (length > MAX_CELL_CHARS) {
                problems.add(new Problem(row.number(), i, header.cell(i), String.format(java.util.Locale.ROOT,
                        "the cell holds %,d characters; a cell may hold at most %,d", length, MAX_CELL_CHARS)));
                fits = false;
            }
        }
        return fits;
    }
}
