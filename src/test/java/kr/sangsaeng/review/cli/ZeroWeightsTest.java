package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import kr.sangsaeng.review.analysis.AgreementAnalyzer;
import kr.sangsaeng.review.analysis.AgreementReport;
import kr.sangsaeng.review.analysis.IccResult;
import kr.sangsaeng.review.analysis.PanelAnalysis;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.rubric.RubricValidatorAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rubric whose weights are all 0 is refused with a reason a secretary can act on, wherever it turns up. */
class ZeroWeightsTest {
    @TempDir
    Path dir;

    private Path demoWithZeroWeights() throws Exception {
        Path db = dir.resolve("d.sangsaeng");
        assertThat(run("demo", "--db", db.toString()).code()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE criterion SET weight = 0");
        }
        return db;
    }

    @Test
    void commandsRefuseARubricThatWeighsNothingWithTheReason() throws Exception {
        Path db = demoWithZeroWeights();
        for (List<String> args : List.of(List.of("agreement"), List.of("rank"), List.of("stability", "--top", "3"))) {
            String[] line = new String[args.size() + 2];
            for (int i = 0; i < args.size(); i++) {
                line[i] = args.get(i);
            }
            line[args.size()] = "--db";
            line[args.size() + 1] = db.toString();
            CliTest.Run r = run(line);

            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.err()).contains("every weight is 0").doesNotContain("matrix");
        }
    }

    @Test
    void rubricImportRefusesWeightsThatAreAllZero() throws Exception {
        Path db = dir.resolve("e.sangsaeng");
        assertThat(run("init", "--db", db.toString()).code()).isZero();
        Path rubric = Files.writeString(dir.resolve("r.csv"), "key,label,weight,min,max\na,A,0,1,5\nb,B,0,1,5\n");

        CliTest.Run r = run("import", "rubric", "--db", db.toString(), rubric.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("every weight is 0");
    }

    @Test
    void agreementOnZeroWeightsIsUndefinedRatherThanAnError() throws Exception {
        Path db = demoWithZeroWeights();
        try (ReviewStore store = ReviewStore.open(db)) {
            AgreementReport report = AgreementAnalyzer.analyze(PanelAnalysis.of(PanelLoader.load(store)).totals());

            assertThat(report.totals().icc().undefinedReason()).isEqualTo(IccResult.ZERO_WEIGHTS);
        }
    }

    @Test
    void theRubricEditorSaysSo() {
        assertThat(RubricValidatorAccess.problemKeysFor("0", "0")).contains("rubric.problem.weightsZero");
    }
}
