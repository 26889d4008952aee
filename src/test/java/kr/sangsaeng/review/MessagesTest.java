package kr.sangsaeng.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every UI text exists in English and Korean, and every key in the bundle is used somewhere. */
class MessagesTest {
    private static final Path BUNDLE_DIR = Path.of("src/main/resources/kr/sangsaeng/review/ui");
    /** Keys built at run time from a prefix and a model key, e.g. {@code "area." + area.key()}. */
    private static final Set<String> DYNAMIC_PREFIXES = Set.of("area.", "method.", "decision.", "chart.", "normalisation.",
            "meeting.section.", "meeting.noteKind.", "meeting.conflictKind.", "meeting.decisionKind.", "meeting.ballot.method.",
            "meeting.ballot.step.", "report.meeting.kind.");

    @Test
    void englishAndKoreanHaveTheSameKeys() throws IOException {
        Set<String> en = keys("messages.properties");
        Set<String> ko = keys("messages_ko.properties");
        assertThat(new TreeSet<>(ko)).as("keys missing in Korean: %s, extra: %s", minus(en, ko), minus(ko, en))
                .isEqualTo(new TreeSet<>(en));
    }

    @Test
    void everyKeyIsUsedByAViewOrController() throws IOException {
        String sources = allSources();
        Set<String> unused = keys("messages.properties").stream()
                .filter(k -> !sources.contains("\"" + k + "\"") && !sources.contains("%" + k + "\""))
                .filter(k -> DYNAMIC_PREFIXES.stream().noneMatch(p -> k.startsWith(p) && sources.contains("\"" + p + "\"")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).as("keys no code or FXML uses").isEmpty();
    }

    @Test
    void everyKeyAViewUsesExists() throws IOException {
        Set<String> known = keys("messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"%([A-Za-z0-9_.]+)\"").matcher(Files.readString(f));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLE_DIR.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.stringPropertyNames();
    }

    private static String allSources() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String root : new String[] {"src/main/java", "src/main/resources"}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                    sb.append(Files.readString(f)).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
