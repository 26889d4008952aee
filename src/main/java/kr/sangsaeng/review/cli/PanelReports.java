package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.io.Writer;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelData;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.service.CommitteeRuleService;
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
     *
     * <p>A round's analysis with the committee's stored rule, which reports follow unless told otherwise. */
    record Round(PanelAnalysis analysis, ShortlistSettings rule) {
    }

    static PanelAnalysis analysis(RoundArgument db) throws ReviewFileException {
        return round(db).analysis();
    }

    static Round round(RoundArgument db) throws ReviewFileException {
        PanelData data;
        ShortlistSettings rule;
        try (ReviewStore store = db.openReadOnly()) {
            data = PanelLoader.load(store);
            rule = new CommitteeRuleService(store).current();
        } catch (StoreException e) {
            db.quickCheck(); // a damaged file explains a failed read better than the read's own error
            throw e;
        }
        PanelAnalysis analysis = PanelAnalysis.of(data);
        if (analysis.table().criterionCount() > 0
                && java.util.Arrays.stream(analysis.table().rubricWeights()).sum() == 0) {
            throw new BadInputException(ZERO_WEIGHTS);
        }
        return new Round(analysis, rule);
    }

    /** Why a round whose rubric weighs nothing cannot be ranked (KoreanMessages holds the Korean form). */
    static final String ZERO_WEIGHTS = "every weight is 0 in the rubric of this file: a total needs at least one "
            + "criterion with a weight above 0; set the weights (they add up to 100) and run again";

    /** A pretty-printed JSON writer on the command's output that leaves the output open. */
    static JsonGenerator json(PrintWriter out) throws IOException {
        JsonGenerator g = JSON.createGenerator((Writer) out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        return g;
    }

    /** A number rounded for reports (NaN as {@code null}, as docs/command-line.md asks). */
    static void number(JsonGenerator g, String field, double value, int digits) throws IOException {
        g.writeFieldName(field);
        if (Double.isFinite(value)) {
            g.writeNumber(Decimals.plain(value, digits, ""));
        } else {
            g.writeNull();
        }
    }
}
