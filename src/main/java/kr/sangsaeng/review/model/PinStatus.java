package kr.sangsaeng.review.model;

import java.util.Locale;

/** Whether the page a figure is pinned to bears the figure out. */
public enum PinStatus {
    VERIFIED, UNVERIFIED, CONTRADICTED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PinStatus fromKey(String key) {
        return valueOf(key.strip().toUpperCase(Locale.ROOT));
    }
}
