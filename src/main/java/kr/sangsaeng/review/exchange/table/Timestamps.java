package kr.sangsaeng.review.exchange.table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads a time as files carry it: ISO-8601 with {@code Z} or an offset (what exports write), or a
 * local date and time as a spreadsheet reformats it ({@code 2022-12-08 14:00}, {@code 2022.12.08 14:00:00}),
 * which is taken in this computer's time zone.
 */
public final class Timestamps {
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-M-d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("uuuu/M/d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("uuuu.M.d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("uuuu. M. d. H:mm[:ss]"));

    private Timestamps() {
    }

    public static Optional<Instant> parse(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            // not with an offset; try the local forms
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(t, f).atZone(zone).toInstant());
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }
}
