package kr.sangsaeng.review.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything a command prints passes through here, so no message, summary or report line can
 * carry a control or bidi-override character from the review file or an import to the terminal
 * (see {@link TerminalText}). The platform's line separator passes unchanged.
 */
final class EscapingWriter extends FilterWriter {
    private static final String SEPARATOR = System.lineSeparator();

    EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        write(new String(buf, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        String text = s.substring(off, off + len);
        if (text.equals(SEPARATOR)) {
            out.write(text);
            return;
        }
        // A CR LF pair is a line end (Windows, or text we print with %n there); a lone CR is not.
        String[] lines = text.split("\r\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.write("\r\n");
            }
            out.write(TerminalText.escape(lines[i], false));
        }
    }
}
