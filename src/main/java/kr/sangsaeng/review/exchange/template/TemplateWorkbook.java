package kr.sangsaeng.review.exchange.template;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.AppVersion;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A template as an XLSX workbook: the table on the first sheet (the one an import reads), every cell
 * text so Excel does not turn {@code 35%} into 0.35 or {@code 2023-01} into a date, and the
 * instructions on a second sheet.
 */
final class TemplateWorkbook {
    private TemplateWorkbook() {
    }

    static void write(Path out, List<List<String>> rows, List<String> guidance) throws IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            Workbook wb = new Workbook(os, "Sangsaeng Review", version());
            Worksheet sheet = wb.newWorksheet("입력");
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r, c, row.get(c));
                    var style = sheet.style(r, c).format("@");
                    (r == 0 ? style.bold() : style).set();
                }
            }
            for (int c = 0; c < rows.get(0).size(); c++) {
                sheet.width(c, Math.max(14, rows.get(0).get(c).length() * 2.2));
            }
            sheet.freezePane(0, 1);
            Worksheet help = wb.newWorksheet("안내");
            for (int r = 0; r < guidance.size(); r++) {
                help.value(r, 0, guidance.get(r));
            }
            help.width(0, 120);
            wb.finish();
        }
    }

    /** fastexcel wants "major.minor" for the workbook's application version. */
    private static String version() {
        String[] parts = AppVersion.get().split("[.-]");
        return parts.length >= 2 && parts[0].matches("\\d+") && parts[1].matches("\\d+") ? parts[0] + "." + parts[1] : "1.0";
    }
}
