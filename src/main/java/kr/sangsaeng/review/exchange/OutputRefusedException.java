package kr.sangsaeng.review.exchange;

import java.io.IOException;

/** An export path that must not be written: the message says why and what to do. */
public class OutputRefusedException extends IOException {
    public OutputRefusedException(String message) {
        super(message);
    }
}
