package kr.sangsaeng.review.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

/**
 * How the meeting commands (conflicts, notes) print a list: as a JSON array of objects, or as a
 * table under the line that says what was just changed, with a sentence when the list is empty.
 */
final class MeetingListing {
    private MeetingListing() {
    }

    /** Writes one row's fields into the object already opened for it. */
    interface RowWriter<T> {
        void write(JsonGenerator g, T row) throws IOException;
    }

    static <T> void json(PrintWriter out, List<T> rows, RowWriter<T> fields) throws IOException {
        try (JsonGenerator g = PanelReports.json(out)) {
            g.writeStartArray();
            for (T row : rows) {
                g.writeStartObject();
                fields.write(g, row);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.println();
        out.flush();
    }

    /** {@code said} (may be null) and {@code whenEmpty} go to the messages, in the CLI's language. */
    static <T> void table(PrintWriter out, String said, List<T> rows, String whenEmpty, TextTable table,
            Consumer<T> addRow) {
        PrintWriter messages = CommandOutput.messages(out);
        if (said != null) {
            messages.println(said);
        }
        if (rows.isEmpty()) {
            messages.println(whenEmpty);
            messages.flush();
            return;
        }
        rows.forEach(addRow);
        table.print(out);
        out.flush();
    }
}
