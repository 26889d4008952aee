package kr.sangsaeng.review.cli;

/** Input a command cannot use; its message is printed on stderr and the command exits with 1. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
