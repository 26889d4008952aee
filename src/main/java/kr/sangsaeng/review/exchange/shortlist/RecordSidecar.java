package kr.sangsaeng.review.exchange.shortlist;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A CSV export's decision record, beside it as {@code <name>.decision-record.json}: the record the
 * review file keeps, plus the name and SHA-256 of the CSV it describes, so the two can be checked
 * against each other without opening the review file (docs/exports.md).
 */
final class RecordSidecar {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RecordSidecar() {
    }

    static Path pathFor(Path csv) {
        String name = String.valueOf(csv.getFileName()).replaceFirst("(?i)\\.csv$", "");
        return csv.resolveSibling(name + ".decision-record.json");
    }

    /** Call once the CSV is in place: its hash is of the bytes on disk. */
    static void write(DecisionRecord record, Path csv) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(record.toJson());
        node.put("csv_file", String.valueOf(csv.getFileName()));
        node.put("csv_sha256", FileHash.sha256(csv));
        byte[] bytes = JSON.writeValueAsBytes(node);
        AtomicOutput.write(pathFor(csv), stream -> stream.write(bytes));
    }
}
