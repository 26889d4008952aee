package kr.sangsaeng.review.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.JsonGenerator;
import kr.sangsaeng.review.analysis.AgreementBand;
import kr.sangsaeng.review.analysis.AgreementFigures;
import kr.sangsaeng.review.analysis.AgreementReport;
import kr.sangsaeng.review.analysis.IccResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "agreement", description = "How far the reviewers agree: the six ICCs of Shrout & Fleiss (1979)"
        + " and Kendall's W, on totals and per criterion, over the cases every reviewer completed.")
final class AgreementCommand implements Callable<Integer> {
    /** The keys of every figures object in the JSON, in this order (docs/command-line.md). */
    static final List<String> KEYS = List.of("icc_1_1", "icc_2_1", "icc_3_1", "icc_1_k", "icc_2_k", "icc_3_k",
            "kendall_w", "n", "k");

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--criterion", description = "Only this criterion (its key) besides the totals.")
    String criterion;

    @Option(names = "--format", defaultValue = "table", converter = ReportFormat.TableOrJsonConverter.class,
            description = "table or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        AgreementReport report = PanelReports.analysis(db).agreement();
        Map<String, AgreementFigures> criteria = selected(report);
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            json(report.totals(), criteria, out);
        } else {
            table(report, criteria, out);
        }
        out.flush();
        return Cli.OK;
    }

    private Map<String, AgreementFigures> selected(AgreementReport report) {
        if (criterion == null) {
            return report.byCriterion();
        }
        AgreementFigures f = report.byCriterion().get(criterion.strip());
        if (f == null) {
            throw new BadInputException("No criterion '" + criterion + "' in " + db.name()
                    + "; the rubric has: " + String.join(", ", report.byCriterion().keySet()));
        }
        Map<String, AgreementFigures> one = new LinkedHashMap<>();
        one.put(criterion.strip(), f);
        return one;
    }

    private static void json(AgreementFigures totals, Map<String, AgreementFigures> criteria, PrintWriter out)
            throws IOException {
        try (JsonGenerator g = PanelReports.json(out)) {
            g.writeStartObject();
            fields(g, totals);
            g.writeObjectFieldStart("criteria");
            for (Map.Entry<String, AgreementFigures> e : criteria.entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                fields(g, e.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.println();
    }

    private static void fields(JsonGenerator g, AgreementFigures f) throws IOException {
        double[] v = values(f);
        for (int i = 0; i < v.length; i++) {
            PanelReports.number(g, KEYS.get(i), v[i], 4);
        }
        g.writeNumberField("n", f.n());
        g.writeNumberField("k", f.k());
        if (!f.icc().defined()) {
            // The ICCs above are null; say why rather than leave a reader guessing (docs/analysis.md).
            g.writeStringField("icc_undefined", f.icc().undefinedReason());
        }
    }

    /** The figures in the order of {@link #KEYS}, without n and k. */
    static double[] values(AgreementFigures f) {
        IccResult icc = f.icc();
        return new double[] {icc.icc11(), icc.icc21(), icc.icc31(), icc.icc1k(), icc.icc2k(), icc.icc3k(), f.kendallW()};
    }

    private static void table(AgreementReport report, Map<String, AgreementFigures> criteria, PrintWriter out) {
        TextTable t = new TextTable("on", ">n", ">k", ">ICC(1,1)", ">ICC(2,1)", ">ICC(3,1)", ">ICC(1,k)", ">ICC(2,k)",
                ">ICC(3,k)", ">Kendall's W");
        row(t, "totals", report.totals());
        criteria.forEach((key, f) -> row(t, key, f));
        t.print(out);
        AgreementFigures totals = report.totals();
        out.println();
        PrintWriter said = CommandOutput.messages(out);
        said.println("Over " + totals.n() + " cases that all " + totals.k() + " reviewers completed.");
        said.println(String.format("Single reviewers' totals: %s agreement (ICC(2,1) %s); the panel's mean: %s (ICC(2,k) %s).",
                AgreementBand.of(totals.icc().icc21()).key(), Decimals.fixed(totals.icc().icc21(), 2, "n/a"),
                AgreementBand.of(totals.icc().icc2k()).key(), Decimals.fixed(totals.icc().icc2k(), 2, "n/a")));
        if (!totals.icc().defined()) {
            said.println("ICC on totals not defined: " + totals.icc().undefinedReason() + ".");
        }
        said.println("Bands of Koo & Li (2016): below 0.50 poor, 0.50-0.75 moderate, 0.75-0.90 good, above 0.90 excellent.");
    }

    private static void row(TextTable t, String name, AgreementFigures f) {
        double[] v = values(f);
        String[] cells = new String[3 + v.length];
        cells[0] = name;
        cells[1] = Integer.toString(f.n());
        cells[2] = Integer.toString(f.k());
        for (int i = 0; i < v.length; i++) {
            cells[3 + i] = Decimals.fixed(v[i], 3, "n/a");
        }
        t.add(cells);
    }
}
