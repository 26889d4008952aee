package kr.sangsaeng.review.exchange.ballot;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import kr.sangsaeng.review.analysis.ballot.Ballot;
import kr.sangsaeng.review.analysis.ballot.BallotResult;

/**
 * A counted ballot as JSON (docs/command-line.md, "ballot"): {@code method}, {@code order},
 * {@code pairwise} (wins of the row ref over the column ref), {@code strongest_paths} or
 * {@code points}, {@code ties_broken_by} and {@code seed}. The decision record adds the ballots
 * themselves, named or anonymised, and who recorded them.
 */
public final class BallotJson {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private BallotJson() {
    }

    public static void write(BallotResult r, Writer out) throws IOException {
        try (JsonGenerator g = generator(out)) {
            g.writeStartObject();
            body(g, r);
            g.writeEndObject();
        }
    }

    /** The decision-record entry: the count plus the ballots (voters as named, or "member 1", …) and who recorded it. */
    public static String record(BallotResult r, List<Ballot> ballots, boolean named, String recordedBy, String at) {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(s)) {
            g.writeStartObject();
            g.writeStringField("kind", "ballot");
            g.writeStringField("recorded_by", recordedBy);
            g.writeStringField("recorded_at", at);
            body(g, r);
            g.writeBooleanField("named", named);
            g.writeArrayFieldStart("ballots");
            for (int i = 0; i < ballots.size(); i++) {
                g.writeStartObject();
                g.writeStringField("voter", named ? ballots.get(i).voter() : "member " + (i + 1));
                g.writeArrayFieldStart("order");
                for (String ref : ballots.get(i).order()) {
                    g.writeString(ref);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return s.toString();
    }

    private static void body(JsonGenerator g, BallotResult r) throws IOException {
        g.writeStringField("method", r.method().key());
        strings(g, "order", r.order());
        List<String> c = r.pairwise().candidates();
        g.writeObjectFieldStart("pairwise");
        for (int i = 0; i < c.size(); i++) {
            g.writeObjectFieldStart(c.get(i));
            for (int j = 0; j < c.size(); j++) {
                if (i != j) {
                    g.writeNumberField(c.get(j), r.pairwise().wins(i, j));
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        if (r.strongestPaths() != null) {
            g.writeObjectFieldStart("strongest_paths");
            for (int i = 0; i < c.size(); i++) {
                g.writeObjectFieldStart(c.get(i));
                for (int j = 0; j < c.size(); j++) {
                    if (i != j) {
                        g.writeNumberField(c.get(j), r.strongestPaths()[i][j]);
                    }
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } else {
            g.writeObjectFieldStart("points");
            for (var e : r.points().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("ties_broken_by");
        for (BallotResult.TieBreakUse u : r.tiesBrokenBy()) {
            g.writeStartObject();
            g.writeStringField("step", u.step().key());
            strings(g, "tied", u.tied());
            strings(g, "result", u.result());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("seed", r.seed());
        g.writeNumberField("ballots", r.ballots());
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        return g;
    }
}
