package kr.sangsaeng.review.store;

/**
 * The file refused a score outside its criterion's scale (or a narrower scale under existing
 * scores): the triggers of migration V2 hold that rule for every writer, not only the app.
 */
public class ScoreOutOfScaleException extends StoreException {
    /** The text the file's trigger raises; also how the failure is recognised. */
    static final String TRIGGER_TEXT = "score outside its criterion's scale";

    public ScoreOutOfScaleException(Throwable cause) {
        super("The review file refused a score outside its criterion's scale; nothing was saved.", cause);
    }
}
