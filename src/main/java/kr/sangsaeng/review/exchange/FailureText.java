package kr.sangsaeng.review.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/**
 * One English sentence for a failure that has no message of our own, never naming a Java class:
 * a secretary reads "report.pdf cannot be written: access denied", not "AccessDeniedException".
 * {@link KoreanMessages} gives the Korean form.
 */
public final class FailureText {
    /** {@code java.nio.file.NoSuchFileException: }, {@code WFCException: }, {@code (UncheckedIOException)}. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\(?\\b(?:[a-z_$][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b\\)?:?\\s*");

    private FailureText() {
    }

    public static String describe(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + " does not exist.";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists.";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + " cannot be written: access denied";
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() == null ? "the system refused it" : f.getReason();
            return f.getFile() + " cannot be written: " + reason;
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not text in the chosen encoding; choose CP949 or UTF-8";
        }
        if (e instanceof OutOfMemoryError) {
            return "not enough memory for this work; try a smaller one";
        }
        return withoutClassNames(e.getMessage());
    }

    /** The message with any Java class name taken out; a general sentence when nothing is left. */
    public static String withoutClassNames(String message) {
        String m = message == null ? "" : CLASS_NAME.matcher(message).replaceAll("").strip();
        return m.isEmpty() ? "an unexpected failure; the details are in the log" : m;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && (t instanceof UncheckedIOException || t instanceof CompletionException
                || t instanceof ExecutionException
                || (t.getClass() == RuntimeException.class && t.getCause() instanceof IOException))) {
            t = t.getCause();
        }
        return t;
    }
}
