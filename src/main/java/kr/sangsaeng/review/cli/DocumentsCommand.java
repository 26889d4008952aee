package kr.sangsaeng.review.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.exchange.documents.DocumentNames;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.service.DocumentService;
import kr.sangsaeng.review.store.ReviewStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code documents --db FILE [--ref REF] [--format table|json]}: the documents stored in a review file. */
@Command(name = "documents", description = "List the documents in a review file: ref, name, sha256, bytes, media type "
        + "and pages (0 for formats without pages).")
final class DocumentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Option(names = "--ref", paramLabel = "REF", description = "Only this case's documents.")
    String ref;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = ReportFormat.TableOrJsonConverter.class,
            description = "table or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        List<Document> docs;
        try (ReviewStore store = db.openReadOnly()) {
            docs = new DocumentService(store).list(Optional.ofNullable(ref));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            json(docs, out);
        } else {
            TextTable t = new TextTable("ref", "name", "sha256", ">bytes", "media_type", ">pages");
            docs.forEach(d -> t.add(d.ref(), DocumentNames.printable(d.name()), d.sha256(), String.valueOf(d.bytes()),
                    d.mediaType(), String.valueOf(d.pages())));
            t.print(out);
        }
        return Cli.OK;
    }

    private static void json(List<Document> docs, PrintWriter out) throws java.io.IOException {
        try (JsonGenerator g = PanelReports.json(out)) {
            g.writeStartArray();
            for (Document d : docs) {
                g.writeStartObject();
                g.writeStringField("ref", d.ref());
                g.writeStringField("name", d.name());
                g.writeStringField("sha256", d.sha256());
                g.writeNumberField("bytes", d.bytes());
                g.writeStringField("media_type", d.mediaType());
                g.writeNumberField("pages", d.pages());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println();
    }
}
