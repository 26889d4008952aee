package kr.sangsaeng.review.exchange.documents;

import java.util.List;
import java.util.Locale;

/**
 * The formats the document pane knows, found from a file's content (see {@link ContentSniffer}),
 * never from its name. {@link #OTHER} files are stored and opened in the system viewer only.
 */
public enum DocumentKind {
    PDF("application/pdf", List.of("pdf")),
    HWP("application/x-hwp", List.of("hwp")),
    HWPX("application/hwp+zip", List.of("hwpx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    GIF("image/gif", List.of("gif")),
    ZIP("application/zip", List.of("zip")),
    OTHER("application/octet-stream", List.of());

    private final String mediaType;
    private final List<String> extensions;

    DocumentKind(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF;
    }

    /** True when the content and a name ending in {@code ext} agree, or when the ending says nothing. */
    boolean agreesWith(String ext) {
        DocumentKind named = byExtension(ext);
        return named == OTHER || named == this;
    }

    static DocumentKind byExtension(String ext) {
        String e = ext.toLowerCase(Locale.ROOT);
        for (DocumentKind k : values()) {
            if (k.extensions.contains(e)) {
                return k;
            }
        }
        return OTHER;
    }

    public static DocumentKind fromMediaType(String mediaType) {
        for (DocumentKind k : values()) {
            if (k.mediaType.equals(mediaType)) {
                return k;
            }
        }
        return OTHER;
    }
}
