package kr.sangsaeng.review.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How a report prints: a table for people, CSV or JSON for scripts. */
enum ReportFormat {
    TABLE, CSV, JSON;

    private static ReportFormat parse(String text, ReportFormat... allowed) {
        String k = text.strip().toUpperCase(Locale.ROOT);
        for (ReportFormat f : allowed) {
            if (f.name().equals(k)) {
                return f;
            }
        }
        StringBuilder names = new StringBuilder();
        for (ReportFormat f : allowed) {
            names.append(names.length() == 0 ? "" : ", ").append(f.name().toLowerCase(Locale.ROOT));
        }
        // A conversion error is a usage error: picocli prints the usage and the command exits 2.
        throw new TypeConversionException("unknown format '" + text + "'; use one of " + names);
    }

    /** For {@code rank}: table, csv or json. */
    static final class AnyConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return parse(value, TABLE, CSV, JSON);
        }
    }

    /** For reports that are not one row per case: table or json. */
    static final class TableOrJsonConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return parse(value, TABLE, JSON);
        }
    }
}
