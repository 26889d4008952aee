package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No SQL in the store is built by concatenating values: every value reaches SQLite as a bound
 * parameter. The few non-constant pieces that are concatenated are listed here with the reason
 * each cannot carry user input.
 */
class NoSqlFromInputTest {
    private static final Path STORE = Path.of("src/main/java/kr/sangsaeng/review/store");

    /** File → expressions that may be concatenated into SQL. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // A table name taken from HealthReport.TABLES, the fixed list of our own tables.
            Map.entry("HealthReport.java", Set.of("table")),
            // A pragma name; pragmaNamesAreAlwaysLiterals() below checks every caller passes a literal.
            Map.entry("FileInspector.java", Set.of("pragma")),
            // Table and index names read back from sqlite_master (our own schema), quoted.
            Map.entry("IndexCheck.java", Set.of("table", "quoted(index[0])")),
            // Our fixed application id (an int constant) and the number of the migration being applied (an int).
            Map.entry("Migrations.java", Set.of("Schema.APPLICATION_ID", "version")),
            // Multi-row INSERTs: the head and tail are the calling DAO's constant SQL, the rest is "(?, ?)"
            // placeholders; and an index name read back from sqlite_master (our own schema), quoted.
            // The submission query's head (a constant) with the dialect's fixed aggregate of areas, and
            // a constant column name with the dialect's fixed collation.
            Map.entry("SubmissionDao.java", Set.of("select", "db.dialect().byCodePoint(\"s.ref\")")),
            // A constant column name with the dialect's fixed collation.
            Map.entry("DocumentDao.java", Set.of("db.dialect().byCodePoint(\"s.ref\")")),
            // The file's busy timeout (an int constant) as the server's lock_timeout.
            Map.entry("Dialect.java", Set.of("Connections.BUSY_TIMEOUT_MS")),
            // A table name from Tables.ROUND (our own fixed list), its columns read back from the
            // database's own result metadata, and "?" placeholders.
            // And the schema's foreign keys as the server's own catalog describes them (table and name
            // quoted by the server, pg_get_constraintdef), dropped for the copy and put back after it.
            Map.entry("RoundTransfer.java", Set.of("table", "String.join(\", \",columns)",
                    "String.join(\", \",Collections.nCopies(width,\"?\"))", "key.table()", "key.name()",
                    "key.definition()")),
            // A login checked against [a-z_][a-z0-9_]* first, and the group role's name read from the server, quoted.
            Map.entry("ServerRoles.java", Set.of("login", "quoted(group)")),
            // ... and a snapshot id the server itself returned from pg_export_snapshot(), checked against
            // [0-9A-Fa-f-]+ first: SET TRANSACTION SNAPSHOT takes no parameter.
            Map.entry("Db.java", Set.of("snapshot", "head", "tail", "String.join(\", \",java.util.Collections.nCopies(count,one))",
                    "index[0].replace(\"\\\"\",\"\\\"\\\"\")")),
            // A constant condition with the dialect's fixed row lock (" FOR UPDATE" on a server, nothing in a file).
            Map.entry("ScoreDao.java", Set.of("db.dialect().lockRow()")),
            Map.entry("ReviewDao.java", Set.of("db.dialect().lockRow()")));

    @Test
    void noStoreSourceConcatenatesANonConstantValueIntoSql() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : storeSources()) {
            Set<String> allowed = ALLOWED.getOrDefault(file.getFileName().toString(), Set.of());
            for (String v : SqlConcatenationScanner.violations(Files.readString(file), allowed)) {
                found.add(file.getFileName() + ": " + v);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void pragmaNamesAreAlwaysLiterals() throws IOException {
        Pattern call = Pattern.compile("intPragma\\(\\s*\\w+\\s*,\\s*([^)]*)\\)");
        List<String> calls = new ArrayList<>();
        for (Path file : storeSources()) {
            Matcher m = call.matcher(Files.readString(file));
            while (m.find()) {
                calls.add(m.group(1).strip());
            }
        }
        assertThat(calls).isNotEmpty().allMatch(arg -> arg.matches("\"[a-z_]+\""), "a quoted pragma name");
    }

    @Test
    void theScanFindsInputConcatenatedIntoSql() {
        assertThat(scan("db.query(\"SELECT * FROM reviewer WHERE name = '\" + name + \"'\", m);")).hasSize(1);
        assertThat(scan("static final String SELECT = \"SELECT id FROM score\"; String q = SELECT + where;")).hasSize(1);
        assertThat(scan("db.update(\"\"\"\n    DELETE FROM score\n    WHERE ref = \"\"\" + s.ref());")).hasSize(1);
        assertThat(scan("db.update(\"DELETE FROM score WHERE id = \" + ids.get(0).toString(), x);")).hasSize(1);
        assertThat(scan("db.query(\"SELECT %s FROM round\".formatted(column), m);")).hasSize(1);
        assertThat(scan("db.query(String.format(\"SELECT %s FROM round\", column), m);")).hasSize(1);
        assertThat(scan("sb.append(\"WHERE name = \").append(name);")).hasSize(1);
    }

    @Test
    void theScanLetsConstantsParametersAndMessagesThrough() {
        assertThat(scan("private static final String SELECT = \"SELECT id, name FROM reviewer\";"
                + " db.query(SELECT + \" WHERE name = ? ORDER BY id\", m, name);")).isEmpty();
        assertThat(scan("throw new StoreException(\"Reading the review file failed: \" + e.getMessage(), e);")).isEmpty();
        assertThat(scan("String s = \"recused=\" + r.recused() + \"; comment=\" + r.comment();")).isEmpty();
        // An allow-listed expression passes; the same expression is flagged in a file that does not list it.
        assertThat(SqlConcatenationScanner.violations("q(\"PRAGMA \" + pragma);", Set.of("pragma"))).isEmpty();
        assertThat(scan("q(\"PRAGMA \" + pragma);")).hasSize(1);
    }

    private static List<String> scan(String source) {
        return SqlConcatenationScanner.violations(source, Set.of());
    }

    private static List<Path> storeSources() throws IOException {
        try (Stream<Path> files = Files.list(STORE)) {
            List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertThat(sources).isNotEmpty();
            return sources;
        }
    }
}
