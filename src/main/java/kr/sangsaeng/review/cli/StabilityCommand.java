package kr.sangsaeng.review.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.JsonGenerator;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.analysis.PanelMethod;
import kr.sangsaeng.review.analysis.RankedSubmission;
import kr.sangsaeng.review.analysis.Ranking;
import kr.sangsaeng.review.analysis.ShortlistRule;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.analysis.StabilityOptions;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.analysis.StabilityResult;
import kr.sangsaeng.review.analysis.SubmissionStability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stability", description = "How sure each case's place on a top-N shortlist is when the rubric's"
        + " weights vary a little (Dirichlet draws around them, fixed seed).")
final class StabilityCommand implements Callable<Integer> {
    /** The keys of each case's JSON object, in this order. */
    static final List<String> CASE_KEYS = List.of("rank", "ref", "platform", "probability", "median_rank",
            "rank_p5", "rank_p95", "on_cutoff");

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--top", required = true, description = "Places on the shortlist; the rest of the rule (threshold, "
            + "per-area cap, minimum reviews) and the draws follow the committee's stored rule (see 'rule').")
    Integer top;

    @Option(names = "--draws", description = "Weight draws (default: the stored rule's, 2,000 unless set).")
    Integer draws;

    @Option(names = "--seed", description = "Random seed; the same seed gives the same figures (default: the stored rule's).")
    Long seed;

    @Option(names = "--method", converter = MethodConverter.class,
            description = "Panel score in every draw: mean, median, trimmed or zscore (default: the stored rule's).")
    PanelMethod method;

    @Option(names = "--min-reviews",
            description = "Completed reviews a case needs to be shortlisted (default: the stored rule's).")
    Integer minReviews;

    @Option(names = "--format", defaultValue = "table", converter = ReportFormat.TableOrJsonConverter.class,
            description = "table or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        PanelReports.Round round = PanelReports.round(db);
        StabilityOptions options = options(round.rule());
        PanelAnalysis analysis = round.analysis();
        StabilityResult result;
        try {
            result = analysis.stability(options, StabilityProgress.NONE);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        Ranking ranking = analysis.ranking(options.method());
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            json(ranking, result, out);
        } else {
            table(ranking, result, out);
        }
        out.flush();
        return Cli.OK;
    }

    /** The committee's stored rule, with the parts given on the command line for this run. */
    private StabilityOptions options(ShortlistSettings stored) {
        ShortlistRule r = stored.rule();
        int t = top == null ? r.topN() : top;
        int d = draws == null ? stored.draws() : draws;
        int m = minReviews == null ? r.minReviews() : minReviews;
        if (t < 1 || d < 1 || m < 0) {
            throw new BadInputException("--top and --draws must be at least 1, and --min-reviews at least 0");
        }
        ShortlistRule rule = new ShortlistRule(t, r.threshold(), r.maxPerArea(), m);
        return stored.withRule(rule).withDraws(d).withSeed(seed == null ? stored.seed() : seed)
                .withMethod(method == null ? stored.method() : method).stabilityOptions();
    }

    private static void json(Ranking ranking, StabilityResult result, PrintWriter out) throws IOException {
        StabilityOptions o = result.options();
        try (JsonGenerator g = PanelReports.json(out)) {
            g.writeStartObject();
            g.writeNumberField("top", o.rule().topN());
            g.writeNumberField("min_reviews", o.rule().minReviews());
            g.writeNumberField("draws", o.draws());
            g.writeNumberField("seed", o.seed());
            g.writeNumberField("concentration", o.concentration());
            g.writeStringField("method", o.method().key());
            g.writeArrayFieldStart("cases");
            for (RankedSubmission e : ranking.entries()) {
                SubmissionStability s = result.submissions().get(e.stats().index());
                g.writeStartObject();
                g.writeNumberField("rank", e.rank());
                g.writeStringField("ref", s.submission().ref());
                g.writeStringField("platform", s.submission().platformName());
                PanelReports.number(g, "probability", s.probability(), 4);
                PanelReports.number(g, "median_rank", s.medianRank(), 1);
                g.writeNumberField("rank_p5", s.rankLow());
                g.writeNumberField("rank_p95", s.rankHigh());
                g.writeBooleanField("on_cutoff", s.onCutoff());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
    }

    private static void table(Ranking ranking, StabilityResult result, PrintWriter out) {
        TextTable t = new TextTable(">rank", "ref", "platform", ">shortlisted", ">median rank", ">5-95% ranks",
                "cut-off");
        for (RankedSubmission e : ranking.entries()) {
            SubmissionStability s = result.submissions().get(e.stats().index());
            t.add(Integer.toString(e.rank()), s.submission().ref(), s.submission().platformName(),
                    Decimals.fixed(100 * s.probability(), 1, "-") + "%", Decimals.plain(s.medianRank(), 1, "-"),
                    s.rankLow() + "-" + s.rankHigh(), s.onCutoff() ? "ON THE CUT-OFF" : "");
        }
        t.print(out);
        StabilityOptions o = result.options();
        out.println();
        PrintWriter said = CommandOutput.messages(out);
        said.println(String.format("Top %d (at least %d completed reviews), method %s; %d weight draws around the rubric"
                        + " (concentration %s), seed %d.", o.rule().topN(), o.rule().minReviews(), o.method().key(),
                o.draws(), Decimals.plain(o.concentration(), 2, ""), o.seed()));
        said.println(result.onCutoff().size()
                + " cases are on the cut-off: shortlisted in more than 5% but less than 95% of the draws.");
    }
}
