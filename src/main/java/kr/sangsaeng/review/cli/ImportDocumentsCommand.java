package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.exchange.documents.DocumentNames;
import kr.sangsaeng.review.exchange.documents.DocumentPlan;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.service.DocumentService;
import kr.sangsaeng.review.store.ReviewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import documents --db FILE PATH...}: the cases' documents, all or nothing (docs/documents.md). */
@Command(name = "documents", mixinStandardHelpOptions = true, description = "Add the cases' documents (files or folders) to a review file. Each file goes "
        + "to the case whose ref starts its name (2022-03_우아한형제들_신청서.pdf goes to 2022-03). Every file is checked "
        + "first; if any cannot be added, nothing is, and each such file is listed on stderr with the reason.")
final class ImportDocumentsCommand implements Callable<Integer> {
    /** Who the audit log names for documents added from the command line. */
    static final Actor ACTOR = new Actor("secretary (command line)");

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "documents.paths", description = "Files or folders of documents.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = CommandOutput.messages(spec);
        PrintWriter err = spec.commandLine().getErr();
        try (ReviewStore store = db.openForChanging()) {
            DocumentService documents = new DocumentService(store);
            DocumentPlan plan = documents.plan(paths);
            if (plan.items().isEmpty()) {
                throw new BadInputException("no files found in " + paths);
            }
            if (!plan.isValid()) {
                for (DocumentPlan.Item i : plan.refused()) {
                    err.println(DocumentNames.printable(i.path().toString()) + " " + i.problem().orElseThrow().getMessage());
                }
                err.println("error: " + plan.refused().size() + " of " + plan.items().size()
                        + " files cannot be added; nothing was added.");
                return Cli.BAD_INPUT;
            }
            List<Document> added = documents.apply(plan, ACTOR);
            for (Document d : added) {
                out.println("added " + d.ref() + "  " + d.name() + "  (" + d.mediaType() + ", " + d.bytes() + " bytes"
                        + (d.mediaType().equals("application/pdf") ? ", " + d.pages() + (d.pages() == 1 ? " page" : " pages") : "") + ")");
            }
            for (DocumentPlan.Item i : plan.duplicates()) {
                out.println("skipped " + i.ref().orElse("?") + "  " + i.name() + "  (already in the case)");
            }
            out.println(added.size() + " documents added to " + db.name());
        }
        return Cli.OK;
    }
}
