package kr.sangsaeng.review.exchange;

import java.util.List;

/**
 * The file would change items the review file already holds, and the user has not agreed to that
 * ({@code --update} on the command line, the "change existing" box in the window). Nothing was written.
 */
public class ExistingItemsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 10;

    private final transient List<String> keys;

    public ExistingItemsException(List<String> keys) {
        super(message(keys));
        this.keys = List.copyOf(keys);
    }

    public List<String> keys() {
        return keys;
    }

    private static String message(List<String> keys) {
        String shown = String.join(", ", keys.subList(0, Math.min(SHOWN, keys.size())))
                + (keys.size() > SHOWN ? ", …" : "");
        return keys.size() + " item(s) already in the review file would change (" + shown
                + "); confirm the update to change them. Nothing was imported.";
    }
}
