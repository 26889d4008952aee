package kr.sangsaeng.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommandThoughARunBuildsOnlyItsOwn() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        for (String name : SangsaengCommand.COMMANDS) {
            assertThat(help.out()).containsPattern("(?m)^\\s+" + name + "\\s");
            Object command = SangsaengCommand.command(name);
            assertThat(command.getClass().getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name);
        }
        assertThat(SangsaengCommand.commandLine(new String[] {"rank"}).getSubcommands()).containsOnlyKeys("rank");
        assertThat(SangsaengCommand.commandLine(new String[] {"rnak"}).getSubcommands().keySet())
                .containsExactlyElementsOf(SangsaengCommand.COMMANDS);
        Run typo = run("rnak", "--db", dir.resolve("x.sangsaeng").toString());
        assertThat(typo.code()).isEqualTo(Cli.USAGE);
        assertThat(typo.err()).contains("Unmatched arguments from index 0: 'rnak'", "See 'sangsaeng-review --help'");
    }

    @Test
    void demoCreatesAHealthyReviewFile() throws Exception {
        Path db = dir.resolve("d.sangsaeng");
        Run r = run("demo", "--db", db.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("6 submissions");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
        }
    }

    @Test
    void checkReportsSchemaVersionAndHealth() {
        Path db = dir.resolve("d.sangsaeng");
        run("demo", "--db", db.toString());
        Run r = run("check", "--db", db.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("schema version: " + kr.sangsaeng.review.store.Schema.LATEST_VERSION + " ").contains("integrity:      ok").contains("submission       6");
    }

    @Test
    void checkOnATextFileExitsOneWithAOneLineReason() throws Exception {
        Path txt = Files.writeString(dir.resolve("notes.txt"), "hello");
        Run r = run("check", "--db", txt.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").contains("not a review file");
    }

    @Test
    void demoRefusesToOverwriteAnExistingFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("keep.sangsaeng"), "precious");
        Run r = run("demo", "--db", existing.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readString(existing)).isEqualTo("precious");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("check").code()).isEqualTo(2);
        assertThat(run("no-such-command").code()).isEqualTo(2);
    }

    @Test
    void initCreatesAnEmptyRound() {
        Path db = dir.resolve("n.sangsaeng");
        assertThat(run("init", "--db", db.toString(), "--name", "2023 상생", "--year", "2023").code()).isZero();
        assertThat(run("check", "--db", db.toString()).out()).contains("submission       0");
    }
}
