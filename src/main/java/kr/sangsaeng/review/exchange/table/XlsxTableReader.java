package kr.sangsaeng.review.exchange.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** The first worksheet of an XLSX workbook, streamed row by row, each cell as the text it shows. */
public final class XlsxTableReader implements TableReader {
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;

    private XlsxTableReader(ReadableWorkbook workbook) throws IOException {
        this.workbook = workbook;
        this.stream = workbook.getFirstSheet().openStream();
        this.rows = stream.iterator();
    }

    /**
     * The largest shared-text part a workbook may have. The reader holds it in memory, and a part
     * of 2 GB or more overflows Java's arrays; a real submissions workbook has a few megabytes.
     */
    static final long MAX_SHARED_STRINGS_BYTES = 256L * 1024 * 1024;

    public static XlsxTableReader open(Path file) throws IOException, TableFormatException {
        checkSharedStrings(file);
        ReadableWorkbook workbook;
        try {
            // With cell formats, so a cell Excel shows as 628% can be read as 628%, not as 6.28.
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (ExcelReaderException | IOException e) {
            throw new TableFormatException(0, "not an Excel workbook (.xlsx) that can be read: " + e.getMessage(), e);
        } catch (RuntimeException | OutOfMemoryError e) {
            // NegativeArraySizeException and friends: a part too large to hold, whatever its header claimed.
            throw new TableFormatException(0, "the workbook is too large to read; save the cases in a smaller file", e);
        }
        try {
            return new XlsxTableReader(workbook);
        } catch (IOException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    @Override
    public TableRow next() throws TableFormatException {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row row = rows.next();
            List<String> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                cells.add(CellText.clean(XlsxCellText.of(row.getCell(i), workbook.isDate1904())));
            }
            return new TableRow(row.getRowNum(), cells);
        } catch (ExcelReaderException | UncheckedIOException e) {
            throw new TableFormatException(0, "the workbook is damaged: " + e.getMessage(), e);
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new TableFormatException(0, "the workbook is too large to read; save the cases in a smaller file", e);
        }
    }

    private static void checkSharedStrings(Path file) throws TableFormatException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            java.util.zip.ZipEntry e = zip.getEntry("xl/sharedStrings.xml");
            if (e != null && e.getSize() > MAX_SHARED_STRINGS_BYTES) {
                throw new TableFormatException(0, String.format(java.util.Locale.ROOT, "the workbook's text part"
                        + " holds %,d MB; a workbook may hold at most %,d MB of text", e.getSize() >> 20,
                        MAX_SHARED_STRINGS_BYTES >> 20), null);
            }
        } catch (IOException e) {
            throw new TableFormatException(0, "not an Excel workbook (.xlsx) that can be read: " + e.getMessage(), e);
        }
    }

    @Override
    public double progress() {
        return -1;
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
