package kr.sangsaeng.review.charts;

import java.nio.file.Path;
import java.util.List;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelData;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;

/** The bundled 2022 round as the charts see it, read once from a real review file in a temp folder. */
record DemoRoundData(PanelData panel, List<Submission> submissions, List<Metric> metrics, List<MetricValue> values) {
    static DemoRoundData load(Path dir) throws Exception {
        try (ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"))) {
            return new DemoRoundData(PanelLoader.load(store), store.submissions().findAll(),
                    store.metrics().findAll(), store.metrics().findAllValues());
        }
    }

    PanelAnalysis analysis() {
        return PanelAnalysis.of(panel);
    }

    int indexOf(String ref) {
        List<Submission> subs = analysis().table().submissions();
        for (int i = 0; i < subs.size(); i++) {
            if (subs.get(i).ref().equals(ref)) {
                return i;
            }
        }
        throw new IllegalArgumentException(ref);
    }

    RoundMetrics round() {
        return RoundMetrics.of(submissions, metrics, values);
    }

    Metric metric(String key) {
        return metrics.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }
}
