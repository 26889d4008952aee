package kr.sangsaeng.review.exchange.rubric;

import java.util.List;
import kr.sangsaeng.review.exchange.table.Column;

/** The columns of a rubric file (docs/file-formats.md): {@code key,label,weight,min,max[,guidance]}. */
public final class RubricFormat {
    public static final Column KEY = Column.required("key", "항목코드", "criterion", "code", "항목키");
    public static final Column LABEL = Column.required("label", "항목명", "name");
    public static final Column WEIGHT = Column.required("weight", "가중치", "배점");
    public static final Column MIN = Column.required("min", "최저점", "minimum", "scale min");
    public static final Column MAX = Column.required("max", "최고점", "maximum", "scale max");
    public static final Column GUIDANCE = Column.optional("guidance", "평가지침", "description", "설명");

    public static final List<Column> COLUMNS = List.of(KEY, LABEL, WEIGHT, MIN, MAX, GUIDANCE);

    private RubricFormat() {
    }
}
