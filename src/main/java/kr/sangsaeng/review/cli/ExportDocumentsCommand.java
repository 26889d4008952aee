package kr.sangsaeng.review.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.service.DocumentService;
import kr.sangsaeng.review.store.ReviewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export documents --db FILE [--ref REF] --out DIR}: byte-identical copies, in a folder per case. */
@Command(name = "documents", mixinStandardHelpOptions = true, description = "Write the documents stored in a review file to DIR/REF/NAME, byte for byte "
        + "as they were submitted (files of the same name are replaced).")
final class ExportDocumentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--ref", paramLabel = "REF", description = "Only this case's documents.")
    String ref;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write to (created if missing).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new BadInputException(out + " is a file; give --out a folder");
        }
        try (ReviewStore store = db.openReadOnly()) {
            List<Path> written = new DocumentService(store).export(Optional.ofNullable(ref), out);
            CommandOutput.messages(spec).println("exported " + written.size() + " documents to " + out);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return Cli.OK;
    }
}
