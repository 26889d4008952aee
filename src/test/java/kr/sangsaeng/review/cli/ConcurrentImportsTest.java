package kr.sangsaeng.review.cli;

import static kr.sangsaeng.review.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.Score;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two and three separate programs import into one review file at the same time, 20 rounds each:
 * each round every program imports the same new case (with two new metrics) and its own score pack
 * for it, the packs differing only in their scores and times. No metric, case or score may be
 * duplicated, no import may fail, and every cell must hold the newest pack's score.
 */
class ConcurrentImportsTest {
    private static final int ROUNDS = 20;
    private static final String[] REVIEWERS = {"r1", "r2", "r3", "r4", "r5", "r6"};
    private static final String[] CRITERIA = {"a", "b", "c"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} programs")
    @ValueSource(ints = {2, 3})
    void programsImportingAtOnceNeitherLoseNorDuplicateRows(int programs) throws Exception {
        Path db = dir.resolve("round.sangsaeng");
        assertThat(run("init", "--db", db.toString()).code()).isZero();
        Path rubric = write("rubric.csv", "key,label,weight,min,max\na,A,40,1,5\nb,B,30,1,5\nc,C,30,1,5\n");
        assertThat(run("import", "rubric", "--db", db.toString(), rubric.toString()).code()).isZero();
        writeRounds(programs);

        List<Process> children = new ArrayList<>();
        for (int p = 0; p < programs; p++) {
            children.add(child(db, p));
        }
        List<String> exits = new ArrayList<>();
        for (Process c : children) {
            assertThat(c.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
            exits.addAll(new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("exit ")).toList());
        }
        assertThat(exits).as(Files.readString(dir.resolve("stderr.txt"))).hasSize(programs * ROUNDS * 2)
                .allMatch(l -> l.endsWith(" 0 ."));

        try (ReviewStore store = ReviewStore.openReadOnly(db)) {
            assertThat(store.submissions().findAll()).hasSize(ROUNDS);
            List<Metric> metrics = store.metrics().findAll();
            assertThat(metrics).hasSize(2 * ROUNDS);
            assertThat(metrics.stream().map(Metric::label).distinct()).hasSize(2 * ROUNDS);
            assertThat(store.metrics().findAllValues()).hasSize(2 * ROUNDS);
            List<Score> scores = store.scores().findAll();
            assertThat(scores).hasSize(ROUNDS * REVIEWERS.length * CRITERIA.length);
            // Program p wrote score p + 1 at second p: the last program's pack is the newest everywhere.
            Map<Double, Long> byValue = scores.stream().collect(Collectors.groupingBy(Score::value, Collectors.counting()));
            assertThat(byValue).as("scores by value").containsOnlyKeys((double) programs);
            Map<String, Long> refs = new HashMap<>();
            store.submissions().findAll().stream().map(Submission::ref).forEach(r -> refs.merge(r, 1L, Long::sum));
            assertThat(refs.values()).allMatch(n -> n == 1);
        }
    }

    private Process child(Path db, int process) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), ImportLoop.class.getName(),
                db.toString(), dir.toString(), Integer.toString(process), Integer.toString(ROUNDS));
        return new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.txt").toFile())).start();
    }

    private void writeRounds(int programs) throws IOException {
        for (int i = 0; i < ROUNDS; i++) {
            write("subs-" + i + ".csv", "ref,platform,title,m" + i + " x [count],m" + i + " y [count]\n"
                    + "S-" + i + ",P" + i + ",case " + i + ",1,2\n");
            for (int p = 0; p < programs; p++) {
                StringBuilder pack = new StringBuilder("ref,reviewer,criterion,score,updated_at\n");
                for (String r : REVIEWERS) {
                    for (String c : CRITERIA) {
                        pack.append("S-").append(i).append(',').append(r).append(',').append(c).append(',')
                                .append(p + 1).append(",2026-01-01T00:00:0").append(p).append("Z\n");
                    }
                }
                write("pack-" + i + "-" + p + ".csv", pack.toString());
            }
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
