package kr.sangsaeng.review.ui.documents;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import kr.sangsaeng.review.exchange.documents.PdfPages;
import kr.sangsaeng.review.ui.AppContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PDF's pages, one at a time, drawn by PDFBox on a thread of their own so the window never waits
 * for a page. Drawn pages are kept in a {@link PageCache} of bounded size, and the pages either side
 * of the one shown are drawn ahead. Search marks every match on the page. The toolbar lives in
 * {@link PdfToolbar}.
 */
public final class PdfView extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(PdfView.class);
    static final double MIN_SCALE = 0.25;
    static final double MAX_SCALE = 4;
    /** Room for about twenty A4 pages at the usual zoom. */
    private static final long CACHE_BYTES = 96L << 20;

    private final AppContext ctx;
    /** The app's page-drawing thread, shared by every pane (AppContext owns and stops it). */
    private final ExecutorService renderer;
    private final PageCache cache = new PageCache(CACHE_BYTES);
    private final Set<String> pending = new HashSet<>();
    private final IntegerProperty page = new SimpleIntegerProperty(-1);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final ImageView imageView = new ImageView();
    private final Pane marks = new Pane();
    private final ScrollPane scroll;
    private final Label status = new Label();
    private final PdfToolbar toolbar;
    /** Touched on the renderer thread only. */
    private PdfPages pages;
    private List<float[]> sizes = List.of();
    /** Written on the FX thread; volatile because {@link #prepare} reads them from another. */
    private volatile double scale = 1.25;
    private volatile boolean fitWidth = true;
    private volatile double viewportWidth;
    /** A document opened ahead of its {@link #open}; touched on the renderer thread only. */
    private final OpenedAhead ahead = new OpenedAhead();
    /** Moves on the FX thread whenever another document is shown; read by the renderer to skip stale work. */
    private volatile int generation;
    private List<PdfPages.Hit> hits = List.of();
    private int hitIndex = -1;

    public PdfView(AppContext ctx) {
        this.ctx = ctx;
        this.renderer = ctx.documentPagesExecutor();
        marks.setMouseTransparent(true);
        StackPane pageBox = new StackPane(new Group(imageView, marks));
        pageBox.setAlignment(Pos.TOP_CENTER);
        pageBox.getStyleClass().add("pdf-page-box");
        scroll = new ScrollPane(pageBox);
        scroll.setFitToWidth(true);
        // Always there: a bar appearing with the first page would narrow the view and, at fit
        // width, make every page be drawn twice.
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.setPannable(true);
        scroll.getStyleClass().add("pdf-scroll");
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            viewportWidth = b.getWidth();
            if (fitWidth && a.getWidth() != b.getWidth()) {
                applyFitWidth();
            }
        });
        toolbar = new PdfToolbar(ctx, this);
        status.getStyleClass().add("muted");
        setTop(toolbar);
        setCenter(new StackPane(scroll, status));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                next();
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                previous();
                e.consume();
            }
        });
    }

    /** The page shown, counted from 0; -1 while none is. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount;
    }

    double scale() {
        return scale;
    }

    boolean fitsWidth() {
        return fitWidth;
    }

    /** Opens a PDF (a private copy) and shows its page {@code start} (from 0). */
    public void open(Path file, int start) {
        open(() -> PdfPages.open(file), file, start);
    }

    /** Opens a PDF read into memory (no larger than the document reader allows) and shows page {@code start}. */
    public void open(byte[] content, int start) {
        open(() -> PdfPages.open(content), content, start);
    }

    private void open(java.util.concurrent.Callable<PdfPages> opener, Object what, int start) {
        int gen = ++generation;
        cache.clear();
        pending.clear();
        hits = List.of();
        hitIndex = -1;
        imageView.setImage(null);
        marks.getChildren().clear();
        status.setText(ctx.text("documents.loading"));
        double viewport = scroll.getViewportBounds().getWidth();
        boolean fit = fitWidth;
        double fixed = scale;
        renderer.execute(() -> {
            if (gen != generation) {
                return;   // another document was chosen before this one was opened
            }
            try {
                FirstPage ready = ahead.take(what, start, viewport, fit, fixed);
                closePages();
                FirstPage f = ready != null ? ready : FirstPage.open(opener, start, viewport, fit, fixed);
                pages = f.pages();
                Platform.runLater(() -> {
                    if (gen == generation && f.image() != null) {
                        cache.put(PageCache.key(f.first(), f.scale()), f.image());
                    }
                    opened(gen, f.sizes(), start);
                });
            } catch (Exception e) {
                LOG.warn("Cannot open {}", what instanceof byte[] b ? b.length + " bytes" : what, e);
                Platform.runLater(() -> status.setText(ctx.text("documents.cannotShow")));
            }
        });
    }

    /**
     * Opens a PDF held in memory and draws its first page on the page thread now, for the
     * {@link #open(byte[], int)} with the same array that follows; callable from any thread. Done
     * only when the view has been laid out, so the page is drawn for the width it will have.
     */
    public void prepare(byte[] content) {
        double viewport = viewportWidth;
        if (viewport <= 0) {
            return;
        }
        boolean fit = fitWidth;
        double fixed = scale;
        renderer.execute(() -> ahead.prepare(content, viewport, fit, fixed));
    }

    private void opened(int gen, List<float[]> s, int start) {
        if (gen != generation) {
            return;
        }
        sizes = s;
        pageCount.set(s.size());
        page.set(-1);
        if (fitWidth) {
            scale = fitScale(Math.max(0, Math.min(start, s.size() - 1)));
        }
        show(start);
    }

    /** Shows page {@code p} (from 0), drawing it if it is not in the cache. */
    public void show(int p) {
        if (sizes.isEmpty()) {
            return;
        }
        int target = Math.max(0, Math.min(p, sizes.size() - 1));
        page.set(target);
        Image cached = cache.get(PageCache.key(target, scale));
        if (cached != null) {
            display(cached);
        } else {
            status.setText(ctx.text("documents.drawing", target + 1));
            draw(target, scale, true);
        }
        for (int ahead : new int[] {target + 1, target - 1, target + 2}) {
            if (ahead >= 0 && ahead < sizes.size() && cache.get(PageCache.key(ahead, scale)) == null) {
                draw(ahead, scale, false);
            }
        }
    }

    private void draw(int p, double s, boolean wanted) {
        String key = PageCache.key(p, s);
        if (!pending.add(key) && !wanted) {
            return;
        }
        int gen = generation;
        renderer.execute(() -> {
            if (gen != generation && !wanted) {
                return;
            }
            try {
                BufferedImage img = pages.render(p, (float) s);
                Image fx = SwingFXUtils.toFXImage(img, null);
                Platform.runLater(() -> drawn(gen, key, p, fx));
            } catch (Exception e) {
                LOG.warn("Cannot draw page {}", p + 1, e);
                Platform.runLater(() -> {
                    pending.remove(key);
                    status.setText(ctx.text("documents.cannotShow"));
                });
            }
        });
    }

    private void drawn(int gen, String key, int p, Image img) {
        pending.remove(key);
        if (gen != generation) {
            return;
        }
        cache.put(key, img);
        if (p == page.get() && key.equals(PageCache.key(p, scale))) {
            display(img);
        }
    }

    private void display(Image img) {
        status.setText("");
        imageView.setImage(img);
        marks.getChildren().clear();
        for (int i = 0; i < hits.size(); i++) {
            PdfPages.Hit h = hits.get(i);
            if (h.page() != page.get()) {
                continue;
            }
            for (float[] b : h.boxes()) {
                Rectangle r = new Rectangle(b[0] * scale, b[1] * scale, Math.max(2, b[2] * scale), b[3] * scale);
                r.getStyleClass().add(i == hitIndex ? "search-hit-current" : "search-hit");
                marks.getChildren().add(r);
            }
        }
    }

    public void next() {
        show(page.get() + 1);
    }

    public void previous() {
        show(page.get() - 1);
    }

    /** Zooms by a factor, leaving fit-to-width. */
    void zoomBy(double factor) {
        fitWidth = false;
        setScale(Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor)));
    }

    void fitToWidth() {
        fitWidth = true;
        applyFitWidth();
    }

    private void applyFitWidth() {
        if (!sizes.isEmpty() && page.get() >= 0) {
            setScale(fitScale(page.get()));
        }
    }

    private double fitScale(int p) {
        return FirstPage.fitScale(scroll.getViewportBounds().getWidth(), sizes.get(p)[0]);
    }

    private void setScale(double s) {
        if (Math.abs(s - scale) < 0.001) {
            return;
        }
        scale = s;
        toolbar.refresh();
        show(page.get());
    }

    /** Finds every match of the words, goes to the first and marks them; {@code done} gets the count. */
    void search(String words, java.util.function.IntConsumer done) {
        int gen = generation;
        renderer.execute(() -> {
            try {
                List<PdfPages.Hit> found = pages == null ? List.of() : pages.find(words, 1000);
                Platform.runLater(() -> {
                    if (gen == generation) {
                        hits = found;
                        hitIndex = found.isEmpty() ? -1 : 0;
                        done.accept(found.size());
                        showHit();
                    }
                });
            } catch (Exception e) {
                LOG.warn("Search failed", e);
            }
        });
    }

    /** Moves to the next match (after the last, the first again). */
    void nextHit() {
        if (!hits.isEmpty()) {
            hitIndex = (hitIndex + 1) % hits.size();
            showHit();
        }
    }

    int hitIndex() {
        return hitIndex;
    }

    private void showHit() {
        if (hitIndex >= 0) {
            show(hits.get(hitIndex).page());
        } else {
            show(page.get());
        }
    }

    /** Text of the current page, on the renderer thread, for quoting when a figure is pinned. */
    void pageText(int p, java.util.function.Consumer<String> done) {
        renderer.execute(() -> {
            String text;
            try {
                text = pages == null ? "" : pages.pageText(p);
            } catch (Exception e) {
                text = "";
            }
            String t = text;
            Platform.runLater(() -> done.accept(t));
        });
    }

    /** The words last searched for, to offer as the quote of a pin. */
    String searchText() {
        return toolbar.searchText();
    }

    /** Pages held in memory now, for tests of the cache's bound. */
    long cachedBytes() {
        return cache.bytes();
    }

    /** Drops the document shown and says that the next one is on its way. */
    void loading() {
        clear();
        status.setText(ctx.text("documents.loading"));
    }

    /** Drops the document and its pages. */
    public void clear() {
        generation++;
        cache.clear();
        pending.clear();
        sizes = List.of();
        hits = List.of();
        pageCount.set(0);
        page.set(-1);
        imageView.setImage(null);
        marks.getChildren().clear();
        renderer.execute(this::closePages);
    }

    private void closePages() {
        if (pages != null) {
            try {
                pages.close();
            } catch (Exception e) {
                LOG.debug("Closing a document", e);
            }
            pages = null;
        }
    }

    /** Lets go of the open document; the drawing thread is the app's and stops with it. */
    public void dispose() {
        clear();
        renderer.execute(ahead::drop);
    }
}
