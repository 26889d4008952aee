package kr.sangsaeng.review.exchange.submissions;

import java.util.List;
import java.util.regex.Pattern;
import kr.sangsaeng.review.exchange.table.Column;

/**
 * The columns of a submissions file (docs/file-formats.md). Every column not named here is a metric whose
 * header is its label, optionally followed by its unit in brackets: {@code 지원 소상공인 수 [명]}.
 */
public final class SubmissionFormat {
    public static final Column REF = Column.required("ref", "접수번호", "reference", "case ref", "사례번호");
    public static final Column PLATFORM = Column.required("platform", "플랫폼", "platform name", "플랫폼명");
    public static final Column TITLE = Column.required("title", "사례명", "case", "case title");
    public static final Column SUPPORT_AREA = Column.optional("support_area", "지원분야", "support areas", "area", "areas");
    public static final Column SUMMARY = Column.optional("summary", "요약", "description", "사례 요약");

    public static final List<Column> COLUMNS = List.of(REF, PLATFORM, TITLE, SUPPORT_AREA, SUMMARY);

    /** Separates several support areas in one cell; docs/file-formats.md names ";", the others are read too. */
    static final Pattern AREA_SEPARATORS = Pattern.compile("[;；,，/·]");

    private SubmissionFormat() {
    }
}
