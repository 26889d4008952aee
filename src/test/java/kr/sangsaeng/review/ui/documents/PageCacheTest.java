package kr.sangsaeng.review.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class PageCacheTest {
    @Test
    void keepsItsPixelsWithinTheBoundDroppingTheLeastRecentlyShownFirst() {
        // Each 100 × 100 page costs 40,000 bytes; room for three.
        PageCache cache = new PageCache(120_000);
        for (int p = 0; p < 3; p++) {
            cache.put(PageCache.key(p, 1), new WritableImage(100, 100));
        }
        assertThat(cache.get(PageCache.key(0, 1))).isNotNull(); // page 0 shown again: now the newest
        for (int p = 3; p < 50; p++) {
            cache.put(PageCache.key(p, 1), new WritableImage(100, 100));
            assertThat(cache.bytes()).isLessThanOrEqualTo(120_000);
        }
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get(PageCache.key(49, 1))).isNotNull();
        assertThat(cache.get(PageCache.key(0, 1))).isNull();
    }

    @Test
    void aPageLargerThanTheBoundIsStillKeptAlone() {
        PageCache cache = new PageCache(10_000);
        cache.put(PageCache.key(0, 2), new WritableImage(200, 200));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get(PageCache.key(0, 2))).isNotNull();
    }
}
