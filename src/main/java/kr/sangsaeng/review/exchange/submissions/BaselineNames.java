package kr.sangsaeng.review.exchange.submissions;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import kr.sangsaeng.review.model.Metric;

/** Finds the metric a header's baseline clause names: by label, else by key, ignoring case and outer spaces. */
final class BaselineNames {
    private BaselineNames() {
    }

    static Optional<Metric> find(String name, Collection<Metric> metrics) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return metrics.stream().filter(m -> m.label().strip().toLowerCase(Locale.ROOT).equals(n)).findFirst()
                .or(() -> metrics.stream().filter(m -> m.key().equalsIgnoreCase(n)).findFirst());
    }
}
