package kr.sangsaeng.review.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.sangsaeng.review.exchange.table.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a file ahead on a second thread ({@link TableScan#scanAhead}) hands the handler the same
 * rows in the same order and reports the same problems as reading it on one thread, and the
 * second thread is gone when the scan ends, also after a failure or a cancel.
 */
class ReadAheadTest {
    @TempDir
    Path dir;

    /** Records what it was given; fails on the row {@code failAt} when that is set. */
    static final class Recorder implements TableScan.AheadHandler<String> {
        final List<String> seen = new ArrayList<>();
        final int failAt;

        Recorder(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public boolean header(TableRow header) {
            return true;
        }

        @Override
        public String prepare(TableRow row) {
            return row.cell(0) + "/" + row.cell(1).length();
        }

        @Override
        public void row(TableRow row, String prepared) {
            if (row.number() == failAt) {
                throw new IllegalStateException("failed at row " + failAt);
            }
            seen.add(row.number() + ":" + prepared);
        }
    }

    private Path file(String tail) throws IOException {
        StringBuilder csv = new StringBuilder("ref,text\n");
        for (int i = 1; i <= 3_500; i++) {
            if (i % 700 == 0) {
                csv.append(",\n"); // a blank row
            } else if (i == 2_222) {
                csv.append("R").append(i).append(",a\0b\n"); // a problem the scan itself reports
            } else {
                csv.append("R").append(i).append(",").append("x".repeat(i % 7)).append('\n');
            }
        }
        Path out = dir.resolve("rows.csv");
        Files.writeString(out, csv + tail, StandardCharsets.UTF_8);
        return out;
    }

    @Test
    void theSameRowsInTheSameOrderAndTheSameProblemsAsReadingOnOneThread() throws IOException {
        for (String tail : List.of("", "R9,\"never closed\n")) {
            Path csv = file(tail);
            Recorder one = new Recorder(0);
            List<Problem> oneProblems = TableScan.scan(csv, Optional.empty(), Progress.NONE, one);
            Recorder ahead = new Recorder(0);
            List<Problem> aheadProblems = TableScan.scanAhead(csv, Optional.empty(), Progress.NONE, ahead);

            assertThat(ahead.seen).hasSizeGreaterThan(2_900).isEqualTo(one.seen);
            assertThat(aheadProblems).isEqualTo(oneProblems).isNotEmpty();
            assertThat(aheadProblems.stream().map(Problem::row)).contains(2_223);
            assertNoReadAheadThread();
        }
    }

    @Test
    void aFailureOfTheHandlerStopsTheReadingThreadAndIsThrownAsItself() throws IOException {
        Path csv = file("");
        assertThatThrownBy(() -> TableScan.scanAhead(csv, Optional.empty(), Progress.NONE, new Recorder(1_500)))
                .isInstanceOf(IllegalStateException.class).hasMessage("failed at row 1500");
        assertNoReadAheadThread();
    }

    @Test
    void aCancelStopsTheReadingThread() throws IOException {
        Path csv = file("");
        Recorder handler = new Recorder(0);
        Progress cancelled = new Progress() {
            @Override
            public void update(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> TableScan.scanAhead(csv, Optional.empty(), cancelled, handler))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(handler.seen).hasSizeLessThan(1_001);
        assertNoReadAheadThread();
    }

    private static void assertNoReadAheadThread() {
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("import-read-ahead"));
    }
}
