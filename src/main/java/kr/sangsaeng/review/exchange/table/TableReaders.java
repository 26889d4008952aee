package kr.sangsaeng.review.exchange.table;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Opens an import file by its kind: {@code .xlsx} as a workbook, anything else as CSV text. */
public final class TableReaders {
    private TableReaders() {
    }

    /**
     * @param encoding the CSV encoding to use; empty to detect UTF-8 (with or without BOM) or CP949
     * @throws TableFormatException when the file cannot be opened as a table (missing, old .xls, ...)
     */
    public static TableReader open(Path file, Optional<Charset> encoding) throws IOException, TableFormatException {
        if (!Files.isRegularFile(file)) {
            throw new TableFormatException(0, "there is no file " + file, new NoSuchFileException(file.toString()));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XlsxTableReader.open(file);
        }
        if (name.endsWith(".xls")) {
            throw new TableFormatException(0, "old Excel files (.xls) cannot be read; save it as .xlsx or CSV", null);
        }
        Charset charset = encoding.isPresent() ? encoding.get() : TextEncoding.detect(file);
        return CsvTableReader.open(file, charset);
    }

    /** Whether a file name is one the import reads as a workbook. */
    public static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }
}
