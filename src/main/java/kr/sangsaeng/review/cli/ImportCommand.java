package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.exchange.ExistingItemsException;
import kr.sangsaeng.review.exchange.ImportKind;
import kr.sangsaeng.review.exchange.ImportPlan;
import kr.sangsaeng.review.exchange.Imports;
import kr.sangsaeng.review.exchange.ImportSummary;
import kr.sangsaeng.review.exchange.Progress;
import kr.sangsaeng.review.exchange.table.TextEncoding;
import kr.sangsaeng.review.service.OpenRound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Import submissions, a rubric or scores (a score pack) from CSV or XLSX "
        + "into a review file or a server round. The whole file is checked first: on any problem nothing is imported, and every problem "
        + "is printed on stderr with its row (header = row 1), column and reason.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "import.kind", converter = KindConverter.class,
            description = "What the file holds: submissions, rubric or scores.")
    ImportKind kind;

    @Parameters(index = "1", paramLabel = "CSV_OR_XLSX", descriptionKey = "import.file", description = "The file to import.")
    Path file;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "The CSV's encoding, e.g. UTF-8 or CP949 (default: detected).")
    String encoding;

    @Option(names = "--update", description = "Change cases (or criteria) that are already in the review file.")
    boolean update;

    @Override
    public Integer call() throws Exception {
        Optional<Charset> charset = charset();
        PrintWriter out = CommandOutput.messages(spec);
        PrintWriter err = spec.commandLine().getErr();
        try (OpenRound round = db.openRoundForWriting(w -> err.println("warning: " + w))) {
            Imports.Applied applied = round.imports().planAndApply(kind, file, charset, Progress.NONE, update);
            ImportPlan plan = applied.plan();
            if (!plan.isValid()) {
                plan.problems().forEach(p -> err.println(p.describe()));
                err.println("error: " + count(plan.problems().size()) + " in " + file.getFileName()
                        + "; nothing was imported.");
                return Cli.BAD_INPUT;
            }
            if (!update && !plan.existingToChange().isEmpty()) {
                err.println("error: " + new ExistingItemsException(plan.existingToChange()).getMessage()
                        .replace("confirm the update", "run again with --update"));
                return Cli.BAD_INPUT;
            }
            ImportSummary summary = applied.summary().orElseThrow();
            out.println("imported " + kind.key() + " from " + file.getFileName() + " into " + db.name());
            summary.lines().forEach(l -> out.println("  " + l));
        }
        return Cli.OK;
    }

    private Optional<Charset> charset() {
        if (encoding == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TextEncoding.forName(encoding));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static String count(int problems) {
        return problems == 1 ? "1 problem" : problems + " problems";
    }

    /** Reads the kind as written on the command line, naming the choices in lower case when it is wrong. */
    static final class KindConverter implements picocli.CommandLine.ITypeConverter<ImportKind> {
        @Override
        public ImportKind convert(String value) {
            return ImportKind.fromKey(value).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not one of submissions, rubric, scores"));
        }
    }
}
