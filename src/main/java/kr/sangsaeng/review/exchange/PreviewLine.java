package kr.sangsaeng.review.exchange;

/**
 * One line of an import's preview: what will happen to one item (a case, a criterion, a score or a
 * review), the item's key as people know it ({@code 2022-03}, {@code 2022-03/impact/김서연}), and
 * details in the file's own terms (changed columns, values). A conflict also names the review
 * file's value and the import file's, each with its time, so a window can word them in its language.
 */
public record PreviewLine(Change change, String key, String detail, String current, String incoming,
                          java.util.List<PreviewFigure> figures) {
    public PreviewLine {
        current = current == null ? "" : current;
        incoming = incoming == null ? "" : incoming;
        figures = figures == null ? java.util.List.of() : java.util.List.copyOf(figures);
    }

    public PreviewLine(Change change, String key, String detail, String current, String incoming) {
        this(change, key, detail, current, incoming, java.util.List.of());
    }

    /** A case line with the figures its row holds, each as written and as read. */
    public PreviewLine(Change change, String key, String detail, java.util.List<PreviewFigure> figures) {
        this(change, key, detail, "", "", figures);
    }

    public PreviewLine(Change change, String key, String detail) {
        this(change, key, detail, "", "");
    }

    /** A conflict between the review file's value and the import file's, with an English detail. */
    public static PreviewLine conflict(Change change, String key, String current, String incoming) {
        String held = current.isEmpty() ? "nothing" : current;
        String detail = switch (change) {
            case NEWER_IN_FILE -> held + " → " + incoming + " (the file's is newer)";
            case KEPT_CURRENT -> "kept " + held + "; the file has the older " + incoming;
            case LOCKED -> "kept " + held + ": the review is finalised; the file has " + incoming;
            default -> throw new IllegalArgumentException(change + " is not a conflict");
        };
        return new PreviewLine(change, key, detail, current, incoming);
    }

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
