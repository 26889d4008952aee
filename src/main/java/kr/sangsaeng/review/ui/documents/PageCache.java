package kr.sangsaeng.review.ui.documents;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Drawn pages, least recently shown dropped first, bounded by the pixels they hold rather than by
 * their number: a zoomed-in page costs several small ones. Used on the FX thread only.
 */
final class PageCache {
    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, Image> pages = new LinkedHashMap<>(16, 0.75f, true);

    PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static String key(int page, double scale) {
        return page + "@" + Math.round(scale * 1000);
    }

    Image get(String key) {
        return pages.get(key);
    }

    void put(String key, Image image) {
        Image old = pages.put(key, image);
        if (old != null) {
            bytes -= cost(old);
        }
        bytes += cost(image);
        var it = pages.entrySet().iterator();
        while (bytes > maxBytes && pages.size() > 1 && it.hasNext()) {
            Map.Entry<String, Image> eldest = it.next();
            if (eldest.getKey().equals(key)) {
                continue;
            }
            bytes -= cost(eldest.getValue());
            it.remove();
        }
    }

    long bytes() {
        return bytes;
    }

    int size() {
        return pages.size();
    }

    void clear() {
        pages.clear();
        bytes = 0;
    }

    private static long cost(Image i) {
        return (long) i.getWidth() * (long) i.getHeight() * 4;
    }
}
