package kr.sangsaeng.review.exchange;

/**
 * One line of an import's preview: what will happen to one item (a case, a criterion, a score or a
 * review), the item's key as people know it ({@code 2022-03}, {@code 2022-03/impact/김서연}), and
 * details in the file's own terms (changed columns, old and new values).
 */
public record PreviewLine(Change change, String key, String detail) {
    public enum Change {
        /** New in the review file. */
        ADD,
        /** Already there; the file's version replaces it. */
        CHANGE,
        /** Already there, the same. */
        UNCHANGED,
        /** A score pack conflict the file wins: its {@code updated_at} is newer. */
        NEWER_IN_FILE,
        /** A score pack conflict the review file wins: its value is as new or newer. */
        KEPT_CURRENT,
        /** A score pack conflict on a finalised review, which an import never changes. */
        LOCKED
    }

    public boolean isConflict() {
        return change == Change.NEWER_IN_FILE || change == Change.KEPT_CURRENT || change == Change.LOCKED;
    }
}
