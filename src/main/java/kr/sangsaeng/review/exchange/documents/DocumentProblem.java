package kr.sangsaeng.review.exchange.documents;

import java.util.List;

/**
 * Why a document cannot be added. {@link Reason} names the kind of problem so the window can say it
 * in the reader's language; {@link #getMessage()} says it in English for the command line.
 */
public final class DocumentProblem extends Exception {
    /** The kinds of problem, each with its English sentence ({0}, {1} … are {@link #args()}). */
    public enum Reason {
        EMPTY("is empty (0 bytes)"),
        TOO_LARGE("is {0} MB; a document may be at most {1} MB"),
        ROUND_FULL("would bring the round''s documents to {0} MB; a round may hold at most {1} MB"),
        UNREADABLE("cannot be read: {0}"),
        BAD_NAME("has a name that cannot be stored ({0}); rename the file"),
        TYPE_MISMATCH("is named .{0} but holds {1} content; rename it or submit the real file"),
        PDF_DAMAGED("is not a readable PDF ({0}); the download or copy may be damaged"),
        PDF_TRUNCATED("is an incomplete PDF (it does not end as a PDF ends); the download or copy was cut off"),
        PDF_PASSWORD("is protected by a password; ask the platform for an unprotected copy"),
        PDF_NO_PAGES("has no pages"),
        PDF_TOO_MANY_PAGES("has {0} pages; a document may have at most {1} pages"),
        ZIP_BOMB("unpacks to far more than its size (a \"zip bomb\"), so it is not opened"),
        ZIP_DAMAGED("is a damaged archive ({0})"),
        HWP_DAMAGED("is not a readable HWP document ({0})"),
        NO_CASE("starts with no reference of a case in this round (e.g. 2022-03_…)"),
        NO_SUCH_CASE("names case {0}, which is not in this round");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        public String english() {
            return english;
        }
    }

    private final Reason reason;
    private final List<String> args;

    public DocumentProblem(Reason reason, Object... args) {
        super(java.text.MessageFormat.format(reason.english, args));
        this.reason = reason;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public Reason reason() {
        return reason;
    }

    public List<String> args() {
        return args;
    }
}
