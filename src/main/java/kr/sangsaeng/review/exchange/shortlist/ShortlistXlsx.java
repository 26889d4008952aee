package kr.sangsaeng.review.exchange.shortlist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;

/**
 * The shortlist as an XLSX workbook (docs/exports.md): the ranking with numbers as numbers and the
 * committee's decisions, the metrics, every score with recusals, and the decision record, one sheet
 * each. People read it, so sheet names, headings and coded values are in their language.
 */
final class ShortlistXlsx {
    /** fastexcel wants an "NN.NNNN" application version; ours is in the decision record instead. */
    private static final String WORKBOOK_VERSION = "1.0";

    private ShortlistXlsx() {
    }

    static void write(ShortlistReport report, Path out, Locale locale) throws IOException {
        Vocabulary v = Vocabulary.of(new ReportTexts(locale));
        AtomicOutput.write(out, stream -> {
            Workbook wb = new Workbook(stream, "Sangsaeng Review", WORKBOOK_VERSION);
            ranking(wb, report, v);
            table(wb, v.heading("metrics"), SheetRows.metricsHeader(v), SheetRows.metrics(report));
            table(wb, v.heading("scores"), SheetRows.scoresHeader(report, v), SheetRows.scores(report, v));
            record(wb, report.record(), v);
            wb.finish();
        });
    }

    private static void ranking(Workbook wb, ShortlistReport report, Vocabulary v) {
        SheetWriter sheet = new SheetWriter(wb, v.heading("ranking"));
        sheet.header(RankingTable.header(report, v));
        List<List<Object>> rows = RankingTable.rows(report, v);
        rows.forEach(sheet::write);
        int last = rows.size();
        for (int c = 5; c < RankingTable.firstCriterionColumn() - 1; c++) {
            sheet.format(c, 1, last, "0.00");
        }
        int p = RankingTable.probabilityColumn(report.criteria());
        for (int c = RankingTable.firstCriterionColumn(); c < p; c++) {
            sheet.format(c, 1, last, "0.00");
        }
        sheet.format(p, 1, last, "0.0%");
        for (int r = 0; r < rows.size(); r++) {
            if (report.entries().get(r).shortlisted()) {
                sheet.sheet().range(r + 1, 0, r + 1, 3).style().bold().fillColor("E8F3E8").set();
            }
        }
        sheet.finish(true);
    }

    private static void table(Workbook wb, String name, List<String> header, List<List<Object>> rows) {
        SheetWriter sheet = new SheetWriter(wb, name);
        sheet.header(header);
        rows.forEach(sheet::write);
        sheet.finish(true);
    }

    private static void record(Workbook wb, DecisionRecord record, Vocabulary v) {
        SheetWriter sheet = new SheetWriter(wb, v.heading("decision_record"));
        sheet.header(List.of(v.heading("key"), v.heading("value")));
        for (Map.Entry<String, String> line : record.lines().entrySet()) {
            sheet.write(List.of(line.getKey(), SafeText.cell(line.getValue())));
        }
        sheet.write(List.of("json", record.toJson()));
        sheet.finish(false);
    }
}
