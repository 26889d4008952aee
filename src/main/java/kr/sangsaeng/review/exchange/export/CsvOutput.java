package kr.sangsaeng.review.exchange.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import kr.sangsaeng.review.exchange.OutputFiles;
import kr.sangsaeng.review.exchange.table.CellText;

/**
 * Writes an export CSV the way Excel reads it best: UTF-8 with a BOM (or Korean turns into mojibake),
 * CRLF line ends, quotes where needed. Text cells that a spreadsheet would run as a formula get a
 * leading {@code '} (our imports take it off again). The file appears whole or not at all, owner-only
 * ({@link OutputFiles}).
 */
public final class CsvOutput implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final Path target;
    private final Path temp;
    private final BufferedWriter writer;
    private final CSVPrinter printer;
    private int rows;
    private boolean done;

    private CsvOutput(Path target) throws IOException {
        this.target = target;
        this.temp = OutputFiles.createTemp(target);
        BufferedWriter w = null;
        try {
            w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
            w.write('\uFEFF');
        } catch (IOException e) {
            if (w != null) {
                w.close();
            }
            Files.deleteIfExists(temp);
            throw e;
        }
        this.writer = w;
        this.printer = new CSVPrinter(writer, FORMAT);
    }

    public static CsvOutput open(Path target) throws IOException {
        return new CsvOutput(target);
    }

    /** Writes one row; each value is a String (guarded) or a Number (written plain, never guarded). */
    public void row(List<?> values) {
        try {
            printer.printRecord(values.stream().map(CsvOutput::cell).toList());
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data rows written so far (the header included). */
    public int rows() {
        return rows;
    }

    /** Puts the finished file in place. Without this, {@link #close} throws the partial file away. */
    public void commit() throws IOException {
        printer.flush();
        writer.close();
        OutputFiles.publish(temp, target);
        done = true;
    }

    @Override
    public void close() throws IOException {
        if (!done) {
            try {
                writer.close();
            } catch (IOException e) {
                // A full disk fails the final flush too; the partial file goes either way.
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return plain(n.doubleValue());
        }
        String s = value.toString();
        return !s.isEmpty() && CellText.isGuarded(s.charAt(0)) ? "'" + s : s;
    }

    /** A number as digits, never in exponent form: 90000000, not 9.0E7; 2.5, not 2.50. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
