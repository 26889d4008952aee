package kr.sangsaeng.review.quantity;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.sangsaeng.review.model.MetricUnit;

/**
 * The words before a number: approximate words, a unit written first ({@code KRW}, {@code ×}), a sign,
 * and context a reader skips over — a period ({@code 월 300만원}, {@code 연 1회}), a total
 * ({@code 누적 1만 명}) or a comparison ({@code 전년 대비 5% 증가}). Context stays in the text as written.
 */
final class BeforeWords {
    /** Read only when a space or digit follows, so 일 in 일천만원 stays a numeral. */
    static final Set<String> CONTEXT = Set.of(
            "연", "연간", "년", "년간", "매년", "월", "월간", "매월", "매달", "주", "주간", "매주",
            "일", "일간", "매일", "하루", "분기", "반기", "상반기", "하반기", "연평균", "월평균", "일평균",
            "평균", "누적", "총", "합계", "전체", "per year", "per month", "yearly", "monthly", "annual", "total");
    private static final WordList CONTEXT_WORDS = WordList.of(CONTEXT);

    /** "전년 대비", "전년 동기 대비", "전월대비": what the figure is compared with. */
    private static final Pattern COMPARED_WITH = Pattern.compile("^((?:[가-힣]+ )*[가-힣]*대비) ?");

    private BeforeWords() {
    }

    static void read(TextCursor c, Reading reading) throws QuantityFormatException {
        while (true) {
            c.skipSpaces();
            MetricUnit unit;
            if (c.acceptLongest(ApproximateWords.BEFORE_WORDS) != null) {
                reading.markApproximate();
            } else if ((unit = UnitWords.acceptBefore(c)) != null) {
                reading.unit(unit);
            } else if (c.peek() == '+' || c.peek() == '-' || c.peek() == '△') {
                // △ is the minus of Korean accounting tables; ▲ is not read because it means
                // "up" in news tables and "minus" in some statements.
                reading.sign(c.next());
            } else if (!acceptContext(c)) {
                return;
            }
        }
    }

    private static boolean acceptContext(TextCursor c) {
        int start = c.position();
        if (c.acceptLongest(CONTEXT_WORDS) != null) {
            char next = c.peek();
            if (next == ' ' || AmountReader.isDigit(next)) {
                return true;
            }
            c.moveTo(start);
        }
        if (!UnitWords.isHangul(c.peek())) {
            return false; // what COMPARED_WITH needs first; it is tried for every word before a number
        }
        Matcher m = COMPARED_WITH.matcher(c.rest());
        if (m.find()) {
            c.moveTo(start + m.end());
            return true;
        }
        return false;
    }
}
