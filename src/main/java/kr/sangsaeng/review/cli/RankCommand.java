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
import kr.sangsaeng.review.analysis.SubmissionStats;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rank", description = "Rank the round's cases by panel score, best first.")
final class RankCommand implements Callable<Integer> {
    /** The columns of the CSV and the keys of the JSON objects, in this order (docs/command-line.md). */
    static final List<String> COLUMNS = List.of("rank", "ref", "platform", "score", "mean", "median", "sd", "reviews");

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--method", converter = MethodConverter.class,
            description = "Panel score: mean, median, trimmed or zscore (default: the committee's stored rule, see 'rule').")
    PanelMethod method;

    @Option(names = "--format", defaultValue = "table", converter = ReportFormat.AnyConverter.class,
            description = "table, csv or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        PanelReports.Round round = PanelReports.round(db);
        PanelAnalysis analysis = round.analysis();
        if (method == null) {
            method = round.rule().method();
        }
        Ranking ranking = analysis.ranking(method);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case CSV -> csv(ranking, out);
            case JSON -> json(ranking, out);
            case TABLE -> table(ranking, analysis, out);
        }
        out.flush();
        return Cli.OK;
    }

    private static void csv(Ranking ranking, PrintWriter out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        csv.printRecord(COLUMNS);
        for (RankedSubmission e : ranking.entries()) {
            SubmissionStats s = e.stats();
            csv.printRecord(e.rank(), s.submission().ref(), s.submission().platformName(),
                    Decimals.plain(s.panelScore(), 4, ""), Decimals.plain(s.mean(), 4, ""),
                    Decimals.plain(s.median(), 4, ""), Decimals.plain(s.sd(), 4, ""), s.completed());
        }
        csv.flush();
    }

    private static void json(Ranking ranking, PrintWriter out) throws IOException {
        try (JsonGenerator g = PanelReports.json(out)) {
            g.writeStartArray();
            for (RankedSubmission e : ranking.entries()) {
                SubmissionStats s = e.stats();
                g.writeStartObject();
                g.writeNumberField("rank", e.rank());
                g.writeStringField("ref", s.submission().ref());
                g.writeStringField("platform", s.submission().platformName());
                PanelReports.number(g, "score", s.panelScore(), 4);
                PanelReports.number(g, "mean", s.mean(), 4);
                PanelReports.number(g, "median", s.median(), 4);
                PanelReports.number(g, "sd", s.sd(), 4);
                g.writeNumberField("reviews", s.completed());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println();
    }

    private static void table(Ranking ranking, PanelAnalysis analysis, PrintWriter out) {
        TextTable t = new TextTable(">rank", "ref", "platform", ">score", ">mean", ">median", ">sd", ">reviews");
        List<RankedSubmission> entries = ranking.entries();
        int incomplete = 0;
        int recused = 0;
        for (int i = 0; i < entries.size(); i++) {
            RankedSubmission e = entries.get(i);
            SubmissionStats s = e.stats();
            t.add(rankText(entries, i), s.submission().ref(), s.submission().platformName(),
                    Decimals.fixed(s.panelScore(), 2, "-"), Decimals.fixed(s.mean(), 2, "-"),
                    Decimals.fixed(s.median(), 2, "-"), Decimals.fixed(s.sd(), 2, "-"), Integer.toString(s.completed()));
            incomplete += s.incomplete();
            recused += s.recused();
        }
        t.print(out);
        out.println();
        PrintWriter said = CommandOutput.messages(out);
        said.println("method: " + ranking.method().key() + "; scores on 0-100; " + entries.size() + " cases.");
        if (!analysis.table().criteria().isEmpty()) {
            said.println("Equal scores are split by the mean of \"" + analysis.table().criteria()
                    .get(ranking.tieBreakCriterion()).label() + "\", then by more completed reviews; \"=\" marks a rank still shared.");
        }
        said.println("Left out: " + incomplete + " incomplete and " + recused + " recused reviews.");
    }

    /** The rank, with "=" when another case shares it, so a reader sees a tie at once. */
    private static String rankText(List<RankedSubmission> entries, int i) {
        int rank = entries.get(i).rank();
        boolean shared = (i > 0 && entries.get(i - 1).rank() == rank)
                || (i + 1 < entries.size() && entries.get(i + 1).rank() == rank);
        return shared ? rank + "=" : Integer.toString(rank);
    }
}
