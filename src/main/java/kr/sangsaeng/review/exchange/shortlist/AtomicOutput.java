package kr.sangsaeng.review.exchange.shortlist;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import kr.sangsaeng.review.exchange.OutputFiles;

/**
 * Writes a file whole or not at all (see {@link OutputFiles}): a failed or cancelled export never
 * leaves half a report where the committee expects one, and never destroys the previous export.
 */
final class AtomicOutput {
    /** What writes the content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    static void write(Path target, Content content) throws IOException {
        OutputFiles.write(target, content::writeTo);
    }
}
