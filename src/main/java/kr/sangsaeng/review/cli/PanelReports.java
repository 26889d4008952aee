package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelData;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.StoreException;

/** What the report commands share: reading a round's panel, and writing JSON. */
final class PanelReports {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private PanelReports() {
    }

    /**
     * The round's panel with the rubric's weights. The file is opened read-only and closed before
     * any figure is computed: a report never changes the file and holds it as briefly as it can.
     * The pages are not all checked up front (see {@link ReviewStore#openReadOnly}); when a read
     * fails, the whole-file check runs, because "the file is damaged" explains the failure better
     * than the read's own error.
     */
    static PanelAnalysis analysis(Path db) throws ReviewFileException {
        PanelData data;
        try (ReviewStore store = ReviewStore.openReadOnly(db)) {
            data = PanelLoader.load(store);
        } catch (StoreException e) {
            ReviewStore.quickCheck(db);
            throw e;
        }
        return PanelAnalysis.of(data);
    }

    /** A pretty-printed JSON writer on the command's output that leaves the output open. */
    static JsonGenerator json(PrintWriter out) throws IOException {
        JsonGenerator g = JSON.createGenerator((Writer) out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        return g;
    }

    /** A number rounded for reports (NaN as {@code null}, as DESIGN §5 asks). */
    static void number(JsonGenerator g, String field, double value, int digits) throws IOException {
        g.writeFieldName(field);
        if (Double.isFinite(value)) {
            g.writeNumber(Decimals.plain(value, digits, ""));
        } else {
            g.writeNull();
        }
    }
}
