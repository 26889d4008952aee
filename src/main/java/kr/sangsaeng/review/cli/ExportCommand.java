package kr.sangsaeng.review.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.store.ReviewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Export from a review file: submissions (in the import format), rubric, "
        + "scores (a score pack, optionally one reviewer's) or metrics (one row per figure); CSV in UTF-8 with BOM.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", converter = ExportKind.Converter.class,
            description = "What to export: submissions, rubric, scores or metrics.")
    ExportKind kind;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The review file to export from.")
    Path db;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced if it exists).")
    Path out;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "export scores: only this reviewer's score pack.")
    String reviewer;

    @Override
    public Integer call() throws Exception {
        if (reviewer != null && kind != ExportKind.SCORES) {
            throw new ParameterException(spec.commandLine(), "--reviewer applies to 'export scores' only");
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!kind.extensions().contains(ext)) {
            throw new BadInputException("export " + kind.key() + " writes " + String.join(" or ", kind.extensions())
                    + " files only; give --out a name ending in ." + kind.extensions().get(0));
        }
        try (ReviewStore store = ReviewStore.open(db)) {
            int n = kind.write(store, new ExportKind.Options(out, Optional.ofNullable(reviewer)));
            spec.commandLine().getOut().printf("exported %d %s to %s%n", n, kind.counts(), out);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return Cli.OK;
    }
}
