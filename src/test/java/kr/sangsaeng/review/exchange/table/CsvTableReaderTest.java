package kr.sangsaeng.review.exchange.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.exchange.ExchangeTestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableReaderTest {
    @TempDir
    Path dir;

    private static List<TableRow> readAll(Path file) throws Exception {
        List<TableRow> rows = new ArrayList<>();
        try (TableReader r = TableReaders.open(file, Optional.empty())) {
            TableRow row;
            while ((row = r.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaksAndRowsAreNumberedAsASpreadsheetShowsThem() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "q.csv",
                "ref,summary\r\n2022-01,\"4,000개, \"\"롯키데이\"\"\r\n둘째 줄\"\r\n\r\n2022-02,끝\r\n");
        List<TableRow> rows = readAll(f);
        assertThat(rows).extracting(TableRow::number).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(1).cell(1)).isEqualTo("4,000개, \"롯키데이\"\r\n둘째 줄");
        assertThat(rows.get(2).isBlank()).isTrue();
        assertThat(rows.get(3).cell(0)).isEqualTo("2022-02");
    }

    @Test
    void cellsAreTrimmedAndTheFormulaGuardOfOurExportsIsTakenOff() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "g.csv", "a,b,c\n  x\u00A0, '+628% ,'plain\n");
        assertThat(readAll(f).get(1).cells()).containsExactly("x", "+628%", "'plain");
    }

    @Test
    void aQuotedCellThatIsNeverClosedStopsReadingWithItsRow() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "b.csv", "a,b\n1,2\n3,\"never closed\n");
        try (TableReader r = TableReaders.open(f, Optional.empty())) {
            r.next();
            r.next();
            assertThatThrownBy(r::next).isInstanceOf(TableFormatException.class)
                    .hasMessageContaining("never closed")
                    .satisfies(e -> assertThat(((TableFormatException) e).row()).isEqualTo(3));
        }
    }

    @Test
    void bytesThatAreNotTextInTheChosenEncodingAreRefusedNotReplaced() throws Exception {
        Path f = ExchangeTestFiles.bytes(dir, "cp.csv", "ref,플랫폼\n1,쿠팡\n", TextEncoding.CP949, false);
        try (TableReader r = TableReaders.open(f, Optional.of(StandardCharsets.UTF_8))) {
            assertThatThrownBy(r::next).isInstanceOf(TableFormatException.class).hasMessageContaining("UTF-8");
        }
    }

    @Test
    void oldExcelFilesAreRefusedWithAWayOut() throws Exception {
        Path f = ExchangeTestFiles.csv(dir, "old.xls", "x");
        assertThatThrownBy(() -> TableReaders.open(f, Optional.empty())).isInstanceOf(TableFormatException.class)
                .hasMessageContaining(".xlsx or CSV");
    }
}
