package kr.sangsaeng.review.quantity;

/**
 * A metric value that cannot be read. The message is a short English sentence fit to show a
 * committee secretary next to the row and column it came from, e.g. {@code unit written twice: "3만원원"}.
 */
public class QuantityFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String reason;
    private final String asWritten;

    public QuantityFormatException(String reason, String asWritten) {
        super(reason + ": \"" + asWritten + "\"");
        this.reason = reason;
        this.asWritten = asWritten;
    }

    /** What is wrong, without the value, e.g. {@code not a number}. */
    public String reason() {
        return reason;
    }

    /** The text that could not be read, as it was given. */
    public String asWritten() {
        return asWritten;
    }
}
