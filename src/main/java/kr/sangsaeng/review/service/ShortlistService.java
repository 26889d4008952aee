package kr.sangsaeng.review.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import kr.sangsaeng.review.analysis.PanelData;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.exchange.shortlist.ExportFormat;
import kr.sangsaeng.review.exchange.shortlist.ExportResult;
import kr.sangsaeng.review.exchange.shortlist.RoundSnapshot;
import kr.sangsaeng.review.exchange.shortlist.ShortlistExporter;
import kr.sangsaeng.review.exchange.shortlist.ShortlistReport;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * The ranking and the shortlist export, always under the committee's stored rule (see
 * {@link CommitteeRuleService}); an export may override parts of it for itself alone, and its
 * decision record then says which. The steps that touch the review file ({@link #snapshot},
 * {@link #storeRecord}) run on the store's thread; {@link #analyse} and {@link #write} anywhere.
 */
public final class ShortlistService {
    /** What the Results view needs from the file in one read. */
    public record RoundForResults(PanelData panel, Map<Long, Decision> decisions, ShortlistSettings rule,
                                  java.util.List<String> withdrawn) {
    }

    /** The rule an export follows: the stored one with any overrides applied, and their names. */
    public record ExportRule(ShortlistSettings settings, java.util.List<String> overrides) {
    }

    private final ReviewStore store;
    private final CommitteeRuleService rules;

    public ShortlistService(ReviewStore store) {
        this.store = store;
        this.rules = new CommitteeRuleService(store);
    }

    public Path file() {
        return store.file();
    }

    public RoundForResults readForResults() {
        java.util.List<String> withdrawn = store.submissions().findAll().stream()
                .filter(s -> s.status() == kr.sangsaeng.review.model.SubmissionStatus.WITHDRAWN)
                .map(s -> s.ref() + " " + s.platformName()).toList();
        return new RoundForResults(PanelLoader.load(store), new DecisionService(store).byId(), rules.current(),
                withdrawn);
    }

    /** The stored rule with {@code overrides} applied for one export. */
    public ExportRule ruleFor(RuleChanges overrides) {
        return new ExportRule(overrides.applyTo(rules.current()), overrides.names());
    }

    public RoundSnapshot snapshot() throws IOException {
        return RoundSnapshot.read(store);
    }

    public static ShortlistReport analyse(RoundSnapshot snapshot, ExportRule rule, ExportFormat format,
                                          StabilityProgress progress) {
        return ShortlistExporter.analyse(snapshot, rule.settings(), rule.overrides(), format, progress);
    }

    public static void write(ShortlistReport report, Path out, Locale locale) throws IOException {
        ShortlistExporter.write(report, out, locale);
    }

    /** Keeps the export's decision record in the review file; only once its file is in place. */
    public long storeRecord(ShortlistReport report) {
        return ShortlistExporter.storeRecord(store, report);
    }

    /** The whole export on the calling thread (the command line). */
    public ExportResult export(Path out, RuleChanges overrides, Locale locale, StabilityProgress progress)
            throws IOException {
        ExportRule rule = ruleFor(overrides);
        ShortlistReport report = analyse(snapshot(), rule, ExportFormat.of(out), progress);
        write(report, out, locale);
        storeRecord(report);
        return ShortlistExporter.result(report, out);
    }
}
