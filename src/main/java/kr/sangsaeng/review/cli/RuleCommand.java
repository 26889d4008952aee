package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.service.CommitteeRuleService;
import kr.sangsaeng.review.service.RuleChanges;
import kr.sangsaeng.review.store.ReviewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rule --db FILE [parts…]}: prints the committee's stored rule, or sets the parts given
 * (audited under {@code --as}) and prints the rule that results. Results, Compare, the export
 * dialog, every export and the other commands follow this rule.
 */
@Command(name = "rule", description = "Show the committee's stored rule (panel method, shortlist rule, stability run), "
        + "or set the parts given; every change is written to the audit log.")
final class RuleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Mixin
    ShortlistOptions parts;

    @Option(names = "--as", paramLabel = "NAME", description = "Who makes the change, for the audit log. Default: 'command line'.")
    String actor;

    @Option(names = "--format", defaultValue = "table", converter = ReportFormat.TableOrJsonConverter.class,
            description = "table or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        RuleChanges changes = parts.changes();
        ShortlistSettings rule;
        try (ReviewStore store = changes.isEmpty() ? db.openReadOnly() : db.openForChanging()) {
            CommitteeRuleService rules = new CommitteeRuleService(store);
            ShortlistSettings next;
            try {
                next = changes.applyTo(rules.current());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            rule = changes.isEmpty() ? next : rules.set(next, CommandActor.of(actor));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            out.println(CommitteeRuleService.toJson(rule));
        } else {
            table(rule, out);
        }
        return Cli.OK;
    }

    private static void table(ShortlistSettings s, PrintWriter out) {
        ShortlistRule r = s.rule();
        TextTable t = new TextTable("part", "value");
        t.add("method", s.method().key());
        t.add("top_n", r.topN() == 0 ? "no limit" : String.valueOf(r.topN()));
        t.add("threshold", r.hasThreshold() ? Decimals.plain(r.threshold(), 2, "none") : "none");
        t.add("max_per_area", r.maxPerArea() == 0 ? "no limit" : String.valueOf(r.maxPerArea()));
        t.add("min_reviews", String.valueOf(r.minReviews()));
        t.add("draws", String.valueOf(s.draws()));
        t.add("seed", String.valueOf(s.seed()));
        t.add("concentration", Decimals.plain(s.concentration(), 2, ""));
        t.print(out);
    }
}
