package kr.sangsaeng.review.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import kr.sangsaeng.review.store.Schema;
import kr.sangsaeng.review.store.ServerAddress;
import kr.sangsaeng.review.store.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --lang ko} every sentence a command prints, on standard output and standard error, is
 * Korean (docs/command-line.md): every command of {@link SangsaengCommand#COMMANDS} is run on the demo
 * round and over the usual mistakes, and each line that is not data must hold Hangul.
 */
class KoreanEverywhereTest {
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    /** Three words in a row, the last two in lower case: an English phrase, not a name, value or number. */
    private static final Pattern SENTENCE = Pattern.compile("\\b[A-Za-z][a-z]+ [a-z]+ [a-z]{2,}\\b");

    @TempDir
    Path dir;

    private final List<String> english = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();

    /** Runs the command in Korean; its standard output is data (CSV, JSON) when {@code data} says so. */
    private CliTest.Run ko(boolean data, String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--lang", "ko"))
                .toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all, new PrintWriter(out), new PrintWriter(err));
        CliTest.Run r = new CliTest.Run(code, out.toString(), err.toString());
        String label = String.join(" ", args);
        seen.add(label);
        if (!data) {
            collect(label, "out", r.out());
        }
        collect(label, "err", r.err());
        return r;
    }

    private CliTest.Run ko(String... args) {
        return ko(false, args);
    }

    private void collect(String label, String stream, String text) {
        for (String line : text.split("\\R")) {
            if (isEnglishSentence(line)) {
                english.add(label + " [" + stream + "]: " + line);
            }
        }
    }

    /**
     * A line that says something in English: one without Hangul that is not data, or one with Hangul
     * that still carries an English phrase (three words in a row) outside quoted values, paths and
     * addresses.
     */
    static boolean isEnglishSentence(String line) {
        String s = line.strip();
        if (s.isEmpty() || isData(s)) {
            return false;
        }
        String words = s.replaceAll("'[^']*'|\"[^\"]*\"", "").replaceAll("(postgresql://|/|[A-Za-z]:\\\\)\\S*", "");
        return !HANGUL.matcher(s).find() ? words.matches(".*[A-Za-z]{2,}.*") : SENTENCE.matcher(words).find();
    }

    /**
     * Data, not a sentence: a table row (columns apart by two spaces) or rule, a line of JSON or CSV, a
     * path or address, the program's name and version.
     */
    static boolean isData(String s) {
        return s.contains("  ") || s.matches("[-=+| ]+") || s.matches("[\\[\\]{}\"].*") || s.matches("[^ ]*,[^ ]*")
                || s.matches("Sangsaeng Review \\S+");
    }

    private void assertAllKorean() {
        assertThat(english).as("English lines with --lang ko, over %d runs", seen.size()).isEmpty();
    }

    private Path demo(String name) {
        Path db = dir.resolve(name);
        assertThat(ko("demo", "--db", db.toString()).code()).isZero();
        return db;
    }

    private static void sqlite(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        }
    }

    @Test
    void everyCommandSpeaksKoreanOnTheDemoRound() throws Exception {
        Path db = demo("d.sangsaeng");
        String d = db.toString();
        ko("init", "--db", dir.resolve("new.sangsaeng").toString(), "--year", "2024", "--name", "새 심사");
        ko("generate", "--db", dir.resolve("g.sangsaeng").toString(), "--submissions", "5", "--reviewers", "3", "--criteria", "4");
        ko("check", "--db", d);
        for (String format : new String[] {"table", "csv", "json"}) {
            ko(!format.equals("table"), "rank", "--db", d, "--format", format);
        }
        ko("agreement", "--db", d);
        ko(true, "agreement", "--db", d, "--format", "json");
        ko("stability", "--db", d, "--top", "3", "--draws", "50");
        ko("rule", "--db", d);
        ko("rule", "--db", d, "--top", "3", "--method", "median");
        ko("decide", "--db", d, "--ref", "2022-05", "--kind", "shortlisted", "--note", "좋음");
        ko("documents", "--db", d);
        Path doc = Files.writeString(dir.resolve("2022-01_요약.txt"), "요약", StandardCharsets.UTF_8);
        ko("import", "documents", "--db", d, doc.toString());
        ko("export", "documents", "--db", d, "--out", dir.resolve("docs").toString());
        ko("conflicts", "--db", d);
        ko("notes", "--db", d);
        ko("pledge", "--db", d);
        for (String kind : new String[] {"shortlist", "metrics", "scores", "audit", "decisions"}) {
            ko("export", kind, "--db", d, "--out", dir.resolve(kind + ".csv").toString());
        }
        Path ballots = Files.writeString(dir.resolve("b.csv"), "voter,1,2\n김위원,2022-03,2022-01\n이위원,2022-01,2022-03\n",
                StandardCharsets.UTF_8);
        ko("ballot", "--db", d, "--method", "schulze", "--ballots", ballots.toString());
        ko("ballot", "--db", d, "--method", "borda", "--ballots", ballots.toString(), "--record", "--as", "간사");
        Path csv = Files.writeString(dir.resolve("s.csv"), "접수번호,플랫폼,사례명,재방문율 [%]\n2023-01,새플랫폼,새 사례,+12%\n",
                StandardCharsets.UTF_8);
        ko("import", "submissions", "--db", d, csv.toString());
        Path pack = dir.resolve("pack.csv");
        ko("export", "scores", "--db", d, "--reviewer", "김서연 (예시 위원장)", "--out", pack.toString());
        ko("import", "scores", "--db", d, pack.toString());
        ko("export", "rubric", "--db", d, "--out", dir.resolve("rubric.csv").toString());
        ko("import", "rubric", "--db", d, dir.resolve("rubric.csv").toString());
        ko("--version");
        assertAllKorean();
    }

    @Test
    void theUsualMistakesAreToldInKorean() throws Exception {
        Path db = demo("d.sangsaeng");
        String d = db.toString();
        String missing = dir.resolve("없음.sangsaeng").toString();
        Path damaged = Files.write(dir.resolve("damaged.sangsaeng"), new byte[4096]);
        Files.writeString(damaged, "not a review file at all, only text", StandardCharsets.UTF_8);
        Path newer = demo("newer.sangsaeng");
        sqlite(newer, "PRAGMA user_version = " + (Schema.LATEST_VERSION + 1), "PRAGMA wal_checkpoint(TRUNCATE)");
        Path cut = demo("cut.sangsaeng");
        sqlite(cut, "PRAGMA wal_checkpoint(TRUNCATE)");
        try (var f = new java.io.RandomAccessFile(cut.toFile(), "rw")) {
            f.setLength(f.length() - 10);
        }
        Path foreign = dir.resolve("foreign.sangsaeng");
        sqlite(foreign, "CREATE TABLE t (x)");
        Path noTable = demo("notable.sangsaeng");
        sqlite(noTable, "DROP TABLE review", "PRAGMA wal_checkpoint(TRUNCATE)");
        Path empty = Files.createFile(dir.resolve("empty.sangsaeng"));
        for (String file : new String[] {missing, damaged.toString(), newer.toString(), cut.toString(), foreign.toString(),
                noTable.toString(), empty.toString(), dir.toString()}) {
            for (String[] command : new String[][] {{"rank"}, {"check"}, {"agreement"}, {"stability", "--top", "3"},
                    {"rule"}, {"documents"}, {"conflicts"}, {"notes"}, {"pledge"}, {"decide", "--ref", "2022-01", "--kind", "awarded"},
                    {"export", "shortlist", "--out", dir.resolve("x.csv").toString()},
                    {"import", "submissions", dir.resolve("s.csv").toString()}}) {
                List<String> args = new ArrayList<>(List.of(command));
                args.add(command[0].equals("export") || command[0].equals("import") ? 2 : 1, "--db");
                args.add(command[0].equals("export") || command[0].equals("import") ? 3 : 2, file);
                ko(args.toArray(String[]::new));
            }
        }
        ko("publish", "--from", missing, "--to", "postgresql://x@127.0.0.1:1/none");

        // a command left out or misspelt
        ko("server");
        ko("import");
        ko("export", "shortlist");
        ko("rnak", "--db", d);
        ko("server", "list-reviewer", "--db", d);

        // bad option values
        ko("rank", "--db", d, "--format", "pdf");
        ko("rank", "--db", d, "--method", "best");
        ko("stability", "--db", d, "--top", "-1");
        ko("stability", "--db", d, "--top", "3", "--draws", "0");
        ko("rule", "--db", d, "--top", "0");
        ko("rule", "--db", d, "--threshold", "200");
        ko("decide", "--db", d, "--ref", "2022-01", "--kind", "maybe");
        ko("generate", "--db", dir.resolve("g.sangsaeng").toString(), "--submissions", "5", "--reviewers", "3", "--criteria", "99");
        ko("init", "--db", d);
        ko("demo", "--db", d);
        ko("init", "--db", dir.resolve("i.sangsaeng").toString(), "--year", "삼천");
        ko("export", "shortlist", "--db", d, "--out", dir.resolve("x.csv").toString(), "--top", "abc");
        ko("notes", "--db", d, "--add", "--ref", "2022-01", "--kind", "secret", "--author", "간사", "--text", "메모");
        ko("notes", "--db", d, "--add", "--ref", "2022-01");
        ko("conflicts", "--db", d, "--declare", "--reviewer", "김위원");
        ko("conflicts", "--db", d, "--declare", "--reviewer", "없는 위원", "--ref", "2022-01", "--kind", "제척", "--reason", "가족");
        ko("conflicts", "--db", d, "--declare", "--reviewer", "없는 위원", "--ref", "2022-01", "--kind", "other");
        ko("pledge", "--db", d, "--confirm");
        ko("pledge", "--db", d, "--confirm", "--reviewer", "없는 위원");
        ko("pledge", "--db", d, "--set", dir.resolve("none.txt").toString());

        // unknown reviewer or case
        ko("decide", "--db", d, "--ref", "2099-01", "--kind", "awarded");
        ko("documents", "--db", d, "--ref", "2099-01");
        ko("notes", "--db", d, "--ref", "2099-01");
        ko("export", "scores", "--db", d, "--reviewer", "없는 위원", "--out", dir.resolve("p.csv").toString());
        ko("conflicts", "--db", d, "--declare", "--reviewer", "김철수", "--ref", "2099-01", "--kind", "회피", "--reason", "x");
        ko("ballot", "--db", d, "--method", "borda", "--ballots", dir.resolve("b.csv").toString(), "--casting", "2099-09");

        // server addresses
        String refused = "postgresql://x@127.0.0.1:1/none";
        ko("rank", "--db", refused);
        ko("check", "--db", refused);
        ko("archive", "--from", refused, "--to", dir.resolve("a.sangsaeng").toString());
        ko("publish", "--from", d, "--to", refused);
        ko("server", "list-reviewers", "--db", refused);
        String withPassword = "postgresql://x:secret@127.0.0.1:1/none";
        ko("rank", "--db", withPassword);
        ko("publish", "--from", d, "--to", withPassword);
        ko("archive", "--from", withPassword, "--to", dir.resolve("a.sangsaeng").toString());
        ko("archive", "--from", "http://example.org/x", "--to", dir.resolve("a.sangsaeng").toString());
        ko("server", "list-reviewers", "--db", d);

        // ballots
        Path ballots = Files.writeString(dir.resolve("b.csv"), "voter,1,2,3\n김위원,2022-03,2022-03\n,2022-01\n이위원,2099-01\n",
                StandardCharsets.UTF_8);
        ko("ballot", "--db", d, "--method", "schulze", "--ballots", ballots.toString());
        ko("ballot", "--db", d, "--method", "plurality", "--ballots", ballots.toString());
        ko("ballot", "--db", d, "--method", "borda", "--ballots", dir.resolve("none.csv").toString());
        ko("ballot", "--db", d, "--method", "borda", "--ballots", Files.writeString(dir.resolve("e.csv"), "").toString());
        ko("ballot", "--db", d, "--method", "borda", "--ballots", ballots.toString(), "--named");

        // imports with a bad row
        Path bad = Files.writeString(dir.resolve("bad.csv"), "접수번호,플랫폼,사례명,매출 [원]\nA,가,가 사례,많음\nB,나,,300~400\n",
                StandardCharsets.UTF_8);
        ko("import", "submissions", "--db", d, bad.toString());
        ko("import", "rubric", "--db", d, bad.toString());
        ko("import", "scores", "--db", d, bad.toString());
        ko("import", "submissions", "--db", d, dir.resolve("none.csv").toString());
        ko("import", "submissions", "--db", d, Files.writeString(dir.resolve("empty.csv"), "").toString());
        ko("import", "submissions", "--db", d, Files.writeString(dir.resolve("fake.xlsx"), "not a workbook").toString());
        ko("import", "submissions", "--db", d, bad.toString(), "--encoding", "klingon");
        ko("import", "documents", "--db", d, dir.resolve("none.pdf").toString());
        ko("import", "documents", "--db", d, Files.writeString(dir.resolve("9999-99_x.txt"), "x").toString());

        // exports and archives over what exists
        Path folder = Files.createDirectories(dir.resolve("folder.csv"));
        ko("export", "metrics", "--db", d, "--out", folder.toString());
        ko("export", "metrics", "--db", d, "--out", dir.resolve("m.pdf").toString());
        ko("decide", "--db", d, "--ref", "2022-01", "--kind", "awarded", "--note", "가".repeat(5000));
        ko("export", "documents", "--db", d, "--out", Files.writeString(dir.resolve("file"), "x").toString());
        ko("archive", "--from", refused, "--to", d);
        assertAllKorean();
    }

    @Test
    @ExtendWith(TestServer.class)
    void theServerCommandsSpeakKorean(ServerAddress server) throws Exception {
        Path db = demo("d.sangsaeng");
        String s = server.toString();
        // a database without a round
        ko("rank", "--db", s);
        ko("check", "--db", s);
        ko("archive", "--from", s, "--to", dir.resolve("empty.sangsaeng").toString());
        ko("server", "list-reviewers", "--db", s);
        ko("publish", "--from", db.toString(), "--to", s);
        // into a database that already holds a round
        ko("publish", "--from", db.toString(), "--to", s);
        ko("rank", "--db", s);
        ko("check", "--db", s);
        ko("server", "list-reviewers", "--db", s);
        ko("server", "add-reviewer", "--db", s, "--reviewer", "없는 위원", "--login", "rv_none");
        ko("server", "add-reviewer", "--db", s, "--reviewer", "없는 위원", "--login", "Bad Login");
        ko("server", "remove-reviewer", "--db", s, "--login", "rv_nobody");
        ko("decide", "--db", s, "--ref", "2022-05", "--kind", "awarded");
        ko("decide", "--db", s, "--ref", "2099-05", "--kind", "awarded");
        ko("archive", "--from", s, "--to", dir.resolve("a.sangsaeng").toString());
        ko("archive", "--from", s, "--to", dir.resolve("a.sangsaeng").toString());
        ko("archive", "--from", s, "--to", db.toString());
        // a database or login the server does not have
        String noDatabase = new ServerAddress(server.user(), server.host(), server.port(), "none_" + server.database()).toString();
        ko("rank", "--db", noDatabase);
        ko("publish", "--from", db.toString(), "--to", noDatabase);
        ko("rank", "--db", new ServerAddress("nobody_here", server.host(), server.port(), server.database()).toString());
        assertAllKorean();
    }
}
