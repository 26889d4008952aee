package kr.sangsaeng.review.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import kr.sangsaeng.review.DataFolderProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What a killed export left beside its target is gone after the next start, not only the next export there. */
class ExportFoldersTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final DataFolderProperty dataFolder = new DataFolderProperty();

    @Test
    void theNextStartRemovesALeftoverOfAKilledExportButNotOneBeingWritten() throws Exception {
        Path out = Files.createDirectories(dir.resolve("exports"));
        OutputFiles.write(out.resolve("scores.csv"), o -> o.write("ref\n".getBytes()));
        // A killed export's temporary file, an hour old, and one that another export is writing now.
        Path killed = Files.writeString(out.resolve(".shortlist.pdf.1" + OutputFiles.TEMP_SUFFIX), "half a report");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
        Path writing = Files.writeString(out.resolve(".pack.csv.2" + OutputFiles.TEMP_SUFFIX), "scores so far");

        ExportFolders.sweep();

        assertThat(killed).doesNotExist();
        assertThat(writing).exists();
        assertThat(out.resolve("scores.csv")).hasContent("ref");
    }
}
