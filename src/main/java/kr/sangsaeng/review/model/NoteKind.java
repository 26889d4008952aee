package kr.sangsaeng.review.model;

import java.util.Locale;

/** Whose a case note is and who sees it (docs/meeting.md). */
public enum NoteKind {
    /** A reviewer's own note; only its author sees it. */
    PRIVATE,
    /** The panel's shared discussion notes. */
    SHARED,
    /** The chair's minutes of the meeting's discussion; printed in the report. */
    MINUTES;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NoteKind fromKey(String key) {
        return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
}
