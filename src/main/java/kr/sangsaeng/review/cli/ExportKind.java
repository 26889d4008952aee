package kr.sangsaeng.review.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.sangsaeng.review.service.ExportService;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code export} can write. A new kind (the shortlist) is one more constant: its name, what it
 * counts, the file types it writes, and the function that writes it.
 */
enum ExportKind {
    SUBMISSIONS("cases", List.of("csv"), (exports, o) -> exports.submissionsCsv(o.out())),
    RUBRIC("criteria", List.of("csv"), (exports, o) -> exports.rubricCsv(o.out())),
    SCORES("rows", List.of("csv"), (exports, o) -> exports.scorePack(o.out(), o.reviewer())),
    METRICS("values", List.of("csv"), (exports, o) -> exports.metricsCsv(o.out()));

    /** What every export gets; options that only some kinds use are checked by {@link ExportCommand}. */
    record Options(Path out, Optional<String> reviewer) {
    }

    @FunctionalInterface
    interface Writer {
        /** Writes the file and returns how many items it holds. */
        int write(ExportService exports, Options options) throws IOException;
    }

    private final String counts;
    private final List<String> extensions;
    private final Writer writer;

    ExportKind(String counts, List<String> extensions, Writer writer) {
        this.counts = counts;
        this.extensions = extensions;
        this.writer = writer;
    }

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    String counts() {
        return counts;
    }

    List<String> extensions() {
        return extensions;
    }

    int write(ExportService exports, Options options) throws IOException {
        return writer.write(exports, options);
    }

    static String keys() {
        return Arrays.stream(values()).map(ExportKind::key).collect(Collectors.joining(", "));
    }

    /** Reads the kind as written on the command line, naming the choices in lower case when it is wrong. */
    static final class Converter implements ITypeConverter<ExportKind> {
        @Override
        public ExportKind convert(String value) {
            return Arrays.stream(values()).filter(k -> k.key().equalsIgnoreCase(value.strip())).findFirst()
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not one of " + keys()));
        }
    }
}
