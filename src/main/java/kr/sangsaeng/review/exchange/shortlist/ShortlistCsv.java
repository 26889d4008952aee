package kr.sangsaeng.review.exchange.shortlist;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The shortlist as CSV (docs/exports.md): UTF-8 with a BOM so Excel reads Korean, CRLF line ends, one row
 * per submission in ranking order, numbers unquoted and text made safe (see {@link SafeText}).
 *
 * <p>The decision record follows the table as {@code #} comment lines, each {@code # key,value}, the
 * last one {@code # json,"{…}"} holding the whole record. A spreadsheet shows them as two columns
 * under the table; a program reading with {@code #} as comment marker sees only the table.
 */
final class ShortlistCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\r\n").setCommentMarker('#').get();
    /** The value half of a comment line, quoted like a cell so that Excel splits it the same way. */
    private static final CSVFormat VALUE = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    private ShortlistCsv() {
    }

    static void write(ShortlistReport report, Path out) throws IOException {
        AtomicOutput.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(w, FORMAT);
            csv.printRecord(RankingTable.header(report));
            for (List<Object> row : RankingTable.rows(report)) {
                csv.printRecord(row.stream().map(ShortlistCsv::cell).toList());
            }
            printRecord(csv, report.record());
            csv.flush();
        });
    }

    private static void printRecord(CSVPrinter csv, DecisionRecord record) throws IOException {
        csv.printComment("decision_record");
        for (Map.Entry<String, String> line : record.lines().entrySet()) {
            csv.printComment(line.getKey() + "," + value(line.getValue()));
        }
        csv.printComment("json," + value(record.toJson()));
    }

    /** One line only: a line break would end the comment and spill the rest into the table. */
    private static String value(String text) {
        String oneLine = text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        return VALUE.format(SafeText.cell(oneLine));
    }

    private static Object cell(Object value) {
        if (value instanceof Double d) {
            return Numbers.plain(d);
        }
        return value == null ? "" : value;
    }
}
