package kr.sangsaeng.review.exchange.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.exchange.rubric.RubricFormat;
import kr.sangsaeng.review.model.Criterion;
import kr.sangsaeng.review.store.ReviewStore;

/** The rubric in its import format, {@code key,label,weight,min,max,guidance}, in display order. */
public final class RubricCsvExport {
    private RubricCsvExport() {
    }

    /** Returns the number of criteria written. */
    public static int write(ReviewStore store, Path out) throws IOException {
        List<Criterion> criteria = store.criteria().findAll();
        try (CsvOutput csv = CsvOutput.open(out)) {
            csv.row(RubricFormat.COLUMNS.stream().map(c -> c.key()).toList());
            for (Criterion c : criteria) {
                csv.row(List.of(c.key(), c.label(), c.weight(), c.min(), c.max(), c.guidance()));
            }
            csv.commit();
        }
        return criteria.size();
    }
}
