package kr.sangsaeng.review.exchange.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which encoding a CSV file is in. Korean Excel saves "CSV" in CP949 and "CSV UTF-8" with a BOM;
 * other tools write UTF-8 without one. A file that decodes as strict UTF-8 is UTF-8 (CP949 text
 * practically never does), anything else is read as CP949, the superset of EUC-KR Excel writes.
 */
public final class TextEncoding {
    /** Windows code page 949: EUC-KR plus the 8,822 Hangul syllables EUC-KR lacks. */
    public static final Charset CP949 = Charset.forName("x-windows-949");

    private TextEncoding() {
    }

    public static Charset detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            if (head.length == 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                    || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
                // Excel's "Unicode text" and Notepad's "Unicode": UTF-16 with its byte-order mark.
                return StandardCharsets.UTF_16;
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return isUtf8(in) ? StandardCharsets.UTF_8 : CP949;
        }
    }

    /** The name people know an encoding by: CP949 (not x-windows-949), UTF-16 (not UTF-16LE), UTF-8. */
    public static String nameOf(Charset charset) {
        String n = charset.name();
        if (charset.equals(CP949) || n.equalsIgnoreCase("EUC-KR")) {
            return "CP949";
        }
        if (n.startsWith("UTF-16")) {
            return "UTF-16";
        }
        return n.startsWith("UTF-8") ? "UTF-8" : charset.displayName();
    }

    /**
     * The charset a user names with {@code --encoding}. EUC-KR and its aliases mean CP949, because
     * what Korean software calls EUC-KR almost always holds CP949's extra syllables.
     *
     * @throws IllegalArgumentException with a sentence for the user when the name is unknown
     */
    public static Charset forName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replace("_", "-");
        switch (n) {
            case "cp949", "ms949", "euc-kr", "euckr", "windows-949", "x-windows-949", "ks-c-5601-1987", "uhc" -> {
                return CP949;
            }
            case "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            case "utf16", "utf-16", "unicode", "utf-16le", "utf-16be" -> {
                // A BOM decides the byte order; without one UTF-16 means big-endian, as Java reads it.
                return n.equals("utf-16le") ? StandardCharsets.UTF_16LE
                        : n.equals("utf-16be") ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16;
            }
            default -> {
                try {
                    return Charset.forName(name.strip());
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new IllegalArgumentException("unknown encoding \"" + name + "\" (try UTF-8, CP949 or UTF-16)", e);
                }
            }
        }
    }

    /** A decoder that refuses bytes that are not text in {@code charset} instead of inventing characters. */
    public static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = strictDecoder(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        byte[] chunk = new byte[32 * 1024];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            bytes.put(chunk, 0, n).flip();
            if (!decodes(decoder, bytes, chars, false)) {
                return false;
            }
            bytes.compact();
        }
        bytes.flip();
        return decodes(decoder, bytes, chars, true);
    }

    private static boolean decodes(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean last)
            throws CharacterCodingException {
        while (true) {
            chars.clear();
            CoderResult r = decoder.decode(bytes, chars, last);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return !last || decoder.flush(chars.clear()).isUnderflow();
            }
        }
    }
}
