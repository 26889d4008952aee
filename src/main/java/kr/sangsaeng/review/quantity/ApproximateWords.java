package kr.sangsaeng.review.quantity;

import java.util.Set;

/**
 * Words that make a figure approximate. Bounds ("최대", "이상", "up to", "4,000+") count too: the
 * review file keeps one number and an approximate flag, and "not exactly this number" is what the
 * flag tells a reviewer; the wording itself survives in the value's as-written text.
 */
final class ApproximateWords {
    static final Set<String> BEFORE = Set.of(
            "약", "대략", "최대", "최소",
            "about", "approx", "approx.", "approximately", "around", "roughly", "circa", "ca.",
            "some", "nearly", "almost", "over", "more than", "up to", "at least",
            "~", "≈");

    static final Set<String> AFTER = Set.of(
            "여", "이상", "이하", "미만", "초과", "가량", "남짓", "정도", "내외", "안팎", "쯤",
            "+", "or more", "plus");

    static final WordList BEFORE_WORDS = WordList.of(BEFORE);
    static final WordList AFTER_WORDS = WordList.of(AFTER);

    private ApproximateWords() {
    }
}
