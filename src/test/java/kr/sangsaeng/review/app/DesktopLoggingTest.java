package kr.sangsaeng.review.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop app's log: a rotating file in the data folder's logs (README, the data folder's table). */
class DesktopLoggingTest {
    @TempDir
    Path dir;

    @Test
    void writesInformationAndWarningsToTheLogFile() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter()); // as logback's own start does
        Path logs = dir.resolve("logs");
        DesktopLogging.configure(context, logs.toString());
        context.getLogger("kr.sangsaeng.review.Example").info("round opened");
        context.getLogger("kr.sangsaeng.review.Example").debug("not kept");
        context.getLogger("kr.sangsaeng.review.Example").warn("backup failed");
        context.stop();

        String log = Files.readString(logs.resolve("sangsaeng-review.log"));
        assertThat(log).contains("INFO", "round opened", "WARN", "backup failed").doesNotContain("not kept");
    }
}
