package kr.sangsaeng.review.exchange.shortlist;

import kr.sangsaeng.review.format.Figures;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The shortlist as CSV (docs/exports.md): UTF-8 with a BOM so Excel reads Korean, CRLF line ends, one
 * header row and one row per submission in ranking order, numbers unquoted and text made safe
 * (see {@link SafeText}). Nothing else: one rectangular table that Excel, pandas and Commons CSV
 * read with their defaults. Its columns are the stable machine keys of docs/file-formats.md; the
 * decision record is written beside the file ({@link RecordSidecar}).
 */
final class ShortlistCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private ShortlistCsv() {
    }

    static void write(ShortlistReport report, Path out) throws IOException {
        Vocabulary keys = Vocabulary.machine();
        AtomicOutput.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(w, FORMAT);
            csv.printRecord(RankingTable.header(report, keys));
            for (List<Object> row : RankingTable.rows(report, keys)) {
                csv.printRecord(row.stream().map(ShortlistCsv::cell).toList());
            }
            csv.flush();
        });
    }

    private static Object cell(Object value) {
        if (value instanceof Double d) {
            return Figures.plain(d);
        }
        return value == null ? "" : value;
    }
}
