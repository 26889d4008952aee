package kr.sangsaeng.review.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import kr.sangsaeng.review.app.Settings;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.demo.SamplePdf;
import kr.sangsaeng.review.service.DocumentService;
import kr.sangsaeng.review.service.RoundFiles;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.SangsaengApp;
import kr.sangsaeng.review.ui.documents.DocumentPane;

/**
 * In-app benchmark (issue 17): the time from selecting a case in the Submissions table, with its
 * Documents tab open, to the pulse that puts the first page of the case's 50-page PDF on screen.
 * Every case of the demo round gets its own 50-page PDF, so each selection opens a document not
 * seen before; the Documents tab is opened once the cases are shown, and the first selection comes
 * PAUSE_MS later (a person reading the list), the next ones one second apart.
 * usage: java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 *        -cp TEST_CLASSPATH kr.sangsaeng.review.bench.DocumentPaneBench [PAUSE_MS]   (see bench/documents.sh)
 */
public final class DocumentPaneBench {
    private static final int PAGES = 50;

    public static void main(String[] args) throws Exception {
        try {
            run(args.length > 0 ? Long.parseLong(args[0]) : 2000);
        } finally {
            System.exit(0);
        }
    }

    private static void run(long pauseMs) throws Exception {
        Path dir = Files.createTempDirectory("document-pane-bench");
        Path file = dir.resolve("bench.sangsaeng");
        int cases = roundWithDocuments(dir, file);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<Parent> root = new AtomicReference<>();
        AppContext ctx = new AppContext(new Settings(dir.resolve("settings.properties")), Locale.KOREAN);
        var round = RoundFiles.openForCommand(file);
        onFx(() -> {
            Stage stage = new Stage();
            stage.setWidth(1280);
            stage.setHeight(800);
            SangsaengApp.showMainWindow(ctx, stage);
            ctx.setRound(round);
            root.set(stage.getScene().getRoot());
        });
        TableView<?> table = (TableView<?>) root.get().lookup("#table");
        long deadline = System.currentTimeMillis() + 120_000;
        while (onFxGet(() -> table.getItems().size()) < cases && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        // The Documents tab is opened first, then a case chosen after the pause (a person reading the
        // list): opening the tab is an action of its own, not part of the time to the first page.
        onFx(() -> ((TabPane) root.get().lookup("#detailTabs")).getSelectionModel().select(1));
        Thread.sleep(pauseMs);
        double[] seconds = new double[cases];
        for (int i = 0; i < cases; i++) {
            seconds[i] = select(table, root.get(), i);
            Thread.sleep(1000);
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "first page of a %d-page PDF on screen after selecting a case (in the window):"
                + " first selection %.3f s (%d ms after the cases were shown), median %.3f s, worst %.3f s over %d cases;"
                + " all: %s; target <= 0.5 s%n", PAGES, sorted.length == 0 ? 0 : seconds[0], pauseMs,
                sorted[cases / 2], sorted[cases - 1], cases, Arrays.toString(seconds));
        ctx.close();
    }

    /** Selects row {@code i} and waits for the pulse that shows a new first page of a 50-page PDF. */
    private static double select(TableView<?> table, Parent root, int i) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        AtomicLong start = new AtomicLong();
        AtomicLong end = new AtomicLong();
        onFx(() -> {
            DocumentPane pane = (DocumentPane) root.lookup("#documentPane");
            Image before = page(pane);
            start.set(System.nanoTime());
            table.getSelectionModel().clearAndSelect(i);
            new AnimationTimer() {
                private boolean seen;

                @Override
                public void handle(long now) {
                    if (seen) {
                        // The pulse after the image was set has drawn it.
                        end.set(System.nanoTime());
                        stop();
                        shown.countDown();
                        return;
                    }
                    Image img = page(pane);
                    seen = img != null && img != before && pane.pdfView().pageCountProperty().get() == PAGES;
                }
            }.start();
        });
        if (!shown.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("page " + i + " never shown");
        }
        return (end.get() - start.get()) / 1e9;
    }

    private static Image page(DocumentPane pane) {
        if (pane == null || pane.pdfView() == null) {
            return null;
        }
        for (Node n : pane.pdfView().lookupAll(".image-view")) {
            if (n instanceof ImageView v && v.getImage() != null) {
                return v.getImage();
            }
        }
        return null;
    }

    /** The demo round with a different 50-page PDF of running Hangul text in each case. */
    private static int roundWithDocuments(Path dir, Path file) throws Exception {
        String line = "풍수해보험료 지원 사업의 실적과 증빙을 적은 쪽입니다. 지원 소상공인 약 3만 명, 최대 보상 9,000만원. ";
        List<Path> pdfs = new ArrayList<>();
        try (ReviewStore store = DemoRound.createAt(file)) {
            for (var s : store.submissions().findAll()) {
                List<SamplePdf.Page> pages = new ArrayList<>();
                for (int p = 1; p <= PAGES; p++) {
                    pages.add(new SamplePdf.Page(s.platformName() + " 쪽 " + p,
                            List.of(line.repeat(12), s.title().repeat(6), line.repeat(8)), s.ref() + " " + p));
                }
                Path pdf = dir.resolve(s.ref() + "_신청서.pdf");
                SamplePdf.write(pdf, s.ref(), pages);
                pdfs.add(pdf);
            }
            DocumentService documents = new DocumentService(store);
            documents.apply(documents.plan(pdfs), new kr.sangsaeng.review.service.Actor("bench"));
            return pdfs.size();
        }
    }

    private static void onFx(Runnable r) throws Exception {
        onFxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxGet(java.util.concurrent.Callable<T> c) throws Exception {
        var task = new java.util.concurrent.FutureTask<>(c);
        Platform.runLater(task);
        return task.get(60, TimeUnit.SECONDS);
    }
}
