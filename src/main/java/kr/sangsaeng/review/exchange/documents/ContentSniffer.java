package kr.sangsaeng.review.exchange.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Tells a document's format from its first bytes (and, for ZIP archives, from the entries inside),
 * never from its name: a file named .pdf that is really an archive is recognised as one.
 */
public final class ContentSniffer {
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);
    /** PDF allows a little junk before the header; readers look in the first 1,024 bytes. */
    private static final int HEAD = 1024;

    private ContentSniffer() {
    }

    public static DocumentKind sniff(Path file) throws DocumentProblem {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new DocumentProblem(DocumentProblem.Reason.UNREADABLE, e.getMessage());
        }
        if (startsWith(head, ZIP)) {
            return zipKind(file);
        }
        if (startsWith(head, OLE)) {
            return HwpText.isHwp(file) ? DocumentKind.HWP : DocumentKind.OTHER;
        }
        if (startsWith(head, PNG)) {
            return DocumentKind.PNG;
        }
        if (startsWith(head, JPEG)) {
            return DocumentKind.JPEG;
        }
        if (startsWith(head, GIF)) {
            return DocumentKind.GIF;
        }
        return indexOf(head, PDF) >= 0 ? DocumentKind.PDF : DocumentKind.OTHER;
    }

    /** HWPX (OWPML) names its type in a first entry {@code mimetype}; XLSX has {@code xl/} parts. */
    private static DocumentKind zipKind(Path file) throws DocumentProblem {
        DocumentKind[] kind = {DocumentKind.ZIP};
        SafeZip.read(file, (name, in) -> {
            if (name.equals("mimetype")) {
                String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                if (type.equals("application/hwp+zip")) {
                    kind[0] = DocumentKind.HWPX;
                    return false;
                }
            } else if (name.startsWith("xl/")) {
                kind[0] = DocumentKind.XLSX;
                return false;
            }
            return true;
        });
        return kind[0];
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
