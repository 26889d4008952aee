package kr.sangsaeng.review.exchange.table;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as Excel writes it (RFC 4180: quoted cells may hold commas, doubled quotes and line
 * breaks), in a given encoding, read strictly: bytes that are not text in that encoding stop the
 * import instead of turning into question marks in the review file.
 */
public final class CsvTableReader implements TableReader {
    /** Empty lines are kept as (blank) records so row numbers match what a spreadsheet shows. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final CountingInputStream counted;
    private final long size;
    private final Charset charset;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvTableReader(CountingInputStream counted, long size, Charset charset) throws IOException {
        this.counted = counted;
        this.size = size;
        this.charset = charset;
        InputStream in = skipUtf8Bom(new BufferedInputStream(counted, 64 * 1024), charset);
        this.parser = CSVParser.parse(new CellLimitReader(new InputStreamReader(in, TextEncoding.strictDecoder(charset)),
                kr.sangsaeng.review.exchange.TableScan.MAX_CELL_CHARS), FORMAT);
        this.records = parser.iterator();
    }

    public static CsvTableReader open(Path file, Charset charset) throws IOException {
        CountingInputStream in = new CountingInputStream(Files.newInputStream(file));
        try {
            return new CsvTableReader(in, Files.size(file), charset);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    public Charset charset() {
        return charset;
    }

    @Override
    public TableRow next() throws TableFormatException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            List<String> cells = new ArrayList<>(record.size());
            for (String raw : record) {
                cells.add(CellText.clean(raw));
            }
            return new TableRow((int) record.getRecordNumber(), cells);
        } catch (UncheckedIOException | IllegalStateException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CellLimitReader.CellTooLongException tooLong) {
                    throw new TableFormatException((int) parser.getRecordNumber() + 1, tooLong.getMessage(), e);
                }
            }
            throw new TableFormatException((int) parser.getRecordNumber() + 1, reason(e), e);
        }
    }

    private String reason(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return "the file is not " + TextEncoding.nameOf(charset) + " text from here on; save it as CSV UTF-8 "
                        + "or choose the encoding it was saved in";
            }
        }
        String m = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return "a quoted cell is never closed (a \" is missing)";
        }
        return "the CSV quoting is broken: " + m;
    }

    @Override
    public double progress() {
        return size <= 0 ? -1 : Math.min(1.0, counted.count() / (double) size);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    private static InputStream skipUtf8Bom(BufferedInputStream in, Charset charset) throws IOException {
        if (!charset.name().startsWith("UTF-8")) {
            return in;
        }
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
        return in;
    }
}
