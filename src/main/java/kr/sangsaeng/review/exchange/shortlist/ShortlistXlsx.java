package kr.sangsaeng.review.exchange.shortlist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;

/**
 * The shortlist as an XLSX workbook (docs/exports.md): the ranking with numbers as numbers, the metrics,
 * every score with recusals, and the decision record, one sheet each.
 */
final class ShortlistXlsx {
    /** fastexcel wants an "NN.NNNN" application version; ours is in the decision record instead. */
    private static final String WORKBOOK_VERSION = "1.0";

    private ShortlistXlsx() {
    }

    static void write(ShortlistReport report, Path out) throws IOException {
        AtomicOutput.write(out, stream -> {
            Workbook wb = new Workbook(stream, "Sangsaeng Review", WORKBOOK_VERSION);
            ranking(wb, report);
            table(wb, "metrics", SheetRows.metricsHeader(), SheetRows.metrics(report));
            table(wb, "scores", SheetRows.scoresHeader(report), SheetRows.scores(report));
            record(wb, report.record());
            wb.finish();
        });
    }

    private static void ranking(Workbook wb, ShortlistReport report) {
        SheetWriter sheet = new SheetWriter(wb, "ranking");
        sheet.header(RankingTable.header(report));
        List<List<Object>> rows = RankingTable.rows(report);
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

    private static void record(Workbook wb, DecisionRecord record) {
        SheetWriter sheet = new SheetWriter(wb, "decision_record");
        sheet.header(List.of("key", "value"));
        for (Map.Entry<String, String> line : record.lines().entrySet()) {
            sheet.write(List.of(line.getKey(), SafeText.cell(line.getValue())));
        }
        sheet.write(List.of("json", record.toJson()));
        sheet.finish(false);
    }
}
