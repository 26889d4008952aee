package kr.sangsaeng.review.ui.documents;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import kr.sangsaeng.review.analysis.ShortlistSettings;
import kr.sangsaeng.review.analysis.StabilityProgress;
import kr.sangsaeng.review.exchange.documents.HostileDocuments;
import kr.sangsaeng.review.exchange.shortlist.ShortlistExporter;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * A secretary adds a folder of documents (seeing the match preview first), a reviewer opens a case's
 * PDF beside the score form, searches it and pins a figure to the page.
 */
class DocumentPaneTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH);

    private AppContext ctx;
    private Stage stage;

    @Test
    void addAFolderSeeThePreviewOpenThePdfSearchAndPinAFigure(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(window.folder().resolve("submitted"));
        HostileDocuments.pdf(folder.resolve("2022-03_우아한형제들_신청서.pdf"), 3, "풍수해보험 가입 점주 약 3만 명");
        HostileDocuments.pdf(folder.resolve("2022-05_쿠팡_증빙.pdf"), 2, "착한상점 매출 89%");
        Path stray = HostileDocuments.pdf(folder.resolve("신청서.pdf"), 1, "접수번호 없음");

        robot.interact(() -> AddDocumentsDialog.preview(ctx, stage, List.of(folder), Optional.empty(), kr.sangsaeng.review.service.Actor.SECRETARY));
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isPresent());
        assertThat(robot.lookup("#documentPreviewSummary").queryAs(Label.class).getText())
                .isEqualTo("2 to add · 1 matching no case · 0 already there · 0 refused");
        assertThat(robot.lookup("#addDocumentsButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isEmpty());

        Files.delete(stray);
        robot.interact(() -> AddDocumentsDialog.preview(ctx, stage, List.of(folder), Optional.empty(), kr.sangsaeng.review.service.Actor.SECRETARY));
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isPresent());
        robot.clickOn("#addDocumentsButton");
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isEmpty());
        assertThat(ctx.dbExecutor().submit(() -> ctx.round().store().documents().findAll().size()).get()).isEqualTo(2);

        openScoringCase(robot, 2);
        PdfView pdf = waitForPdf(robot, 3);

        robot.clickOn("#pdfSearchField").write("풍수해").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#pdfHitsLabel").queryAs(Label.class).getText().equals("1 of 3"));
        assertThat(pdf.pageProperty().get()).isZero();
        assertThat(robot.lookup(".search-hit-current").queryAll()).isNotEmpty();
        robot.clickOn("#pdfNextButton");
        waitUntil(() -> pdf.pageProperty().get() == 1);

        robot.clickOn("#pinFigureButton");
        waitUntil(() -> robot.lookup("#pinSaveButton").tryQuery().isPresent());
        robot.clickOn("#pinNoteField").write("점주 수가 2쪽에 있음");
        robot.clickOn("#pinSaveButton");
        waitUntil(() -> robot.lookup(".pin-verified").tryQuery().isPresent());
        Label pinned = robot.lookup(".pin-verified").queryAs(Label.class);
        assertThat(pinned.getText()).contains("verified, page 2").contains("“풍수해”").contains("점주 수가 2쪽에 있음");

        Path report = window.folder().resolve("report.pdf");
        ctx.dbExecutor().submit(() -> ShortlistExporter.export(ctx.round().store(), report, ShortlistSettings.defaults(6),
                Locale.ENGLISH, StabilityProgress.NONE)).get();
        String text;
        try (PDDocument exported = Loader.loadPDF(report.toFile())) {
            text = new PDFTextStripper().getText(exported);
        }
        assertThat(text).contains("Appendix: documents and evidence").contains("2022-03_우아한형제들_신청서.pdf")
                .contains("verified").contains("점주 수가 2쪽에 있음");
    }

    @Test
    void blindReviewNamesDocumentsNeutrally(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(window.folder().resolve("blind"));
        HostileDocuments.pdf(folder.resolve("2022-02_11번가_신청서.pdf"), 1, "타임딜");
        ctx.dbExecutor().submit(() -> {
            var plan = ctx.documents().plan(List.of(folder));
            ctx.documents().apply(plan, kr.sangsaeng.review.service.Actor.SECRETARY);
            var r = ctx.round().store().round().get();
            ctx.round().store().round().put(new kr.sangsaeng.review.model.Round(r.name(), r.year(), r.organisers(), true));
            return null;
        }).get();
        openScoringCase(robot, 1);
        waitForPdf(robot, 1);
        @SuppressWarnings("unchecked")
        ComboBox<?> choice = robot.lookup("#documentChoice").queryAs(ComboBox.class);
        assertThat(choice.getButtonCell().getText()).isEqualTo("Case B document 1").doesNotContain("11번가");

        robot.clickOn("#removeDocumentButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane confirm = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(confirm.getContentText()).startsWith("Remove Case B document 1 from this case?");
        robot.clickOn(confirm.lookupButton(javafx.scene.control.ButtonType.YES));
        waitUntil(() -> choice.getItems().isEmpty());
        assertThat(ctx.dbExecutor().submit(() -> ctx.round().store().audit().findAll()).get())
                .anyMatch(e -> e.entity().equals("document") && e.newValue() == null
                        && e.entityKey().equals("2022-02/2022-02_11번가_신청서.pdf") && e.actor().startsWith("김서연"));
    }

    @Test
    void fitToWidthMakesThePageAsWideAsThePaneAndFollowsItsWidth(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(window.folder().resolve("fit"));
        HostileDocuments.pdf(folder.resolve("2022-03_신청서.pdf"), 2, "풍수해보험");
        ctx.dbExecutor().submit(() -> ctx.documents().apply(ctx.documents().plan(List.of(folder)),
                kr.sangsaeng.review.service.Actor.SECRETARY)).get();
        openScoringCase(robot, 2);
        PdfView pdf = waitForPdf(robot, 2);
        // Opened at fit-to-width.
        waitUntil(() -> pageFitsPane(pdf));

        robot.clickOn("#pdfZoomInButton").clickOn("#pdfZoomInButton");
        waitUntil(() -> !pdf.fitsWidth() && pageWidth(pdf) > viewportWidth(pdf));
        robot.clickOn("#pdfFitButton");
        waitUntil(() -> pdf.fitsWidth() && pageFitsPane(pdf));

        // The window narrower, then wider again: the page follows the pane's width each time.
        double before = viewportWidth(pdf);
        robot.interact(() -> stage.setWidth(stage.getWidth() - 240));
        waitUntil(() -> viewportWidth(pdf) < before - 20 && pageFitsPane(pdf));
        double narrowed = viewportWidth(pdf);
        robot.interact(() -> stage.setWidth(stage.getWidth() + 160));
        waitUntil(() -> viewportWidth(pdf) > narrowed + 20 && pageFitsPane(pdf));
    }

    /** The drawn page spans the view's width less its margin (12 px a side), give or take rounding. */
    private static boolean pageFitsPane(PdfView pdf) {
        return Math.abs(pageWidth(pdf) - (viewportWidth(pdf) - 24)) <= 2;
    }

    private static double pageWidth(PdfView pdf) {
        return pdf.lookupAll(".image-view").stream().map(n -> ((javafx.scene.image.ImageView) n).getImage())
                .filter(java.util.Objects::nonNull).mapToDouble(javafx.scene.image.Image::getWidth).findFirst().orElse(-1);
    }

    private static double viewportWidth(PdfView pdf) {
        return ((javafx.scene.control.ScrollPane) pdf.lookup(".pdf-scroll")).getViewportBounds().getWidth();
    }

    /** The README's pictures: the demo's sample document of a case beside the score form, and a pinned figure. */
    @Test
    void demoDocumentsForTheReadme(FxRobot robot) throws Exception {
        ctx.dbExecutor().submit(() -> {
            kr.sangsaeng.review.service.SampleDocuments.addTo(ctx.round().store());
            return null;
        }).get();
        openScoringCase(robot, 4);
        PdfView pdf = waitForPdf(robot, 3);
        robot.clickOn("#pdfSearchField").write("매출 증가율").press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> pdf.pageProperty().get() == 1 && robot.lookup(".search-hit-current").tryQuery().isPresent());
        double fitted = pdf.scale();
        robot.clickOn("#pdfZoomInButton").clickOn("#pdfZoomInButton");
        waitUntil(() -> Math.abs(pdf.scale() - fitted * 1.5625) < 0.01 && pdf.cachedBytes() > 0
                && robot.lookup(".search-hit-current").tryQuery().isPresent());
        Thread.sleep(500);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "document-pane");
        robot.clickOn("#pinFigureButton");
        waitUntil(() -> robot.lookup("#pinSaveButton").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<kr.sangsaeng.review.service.EvidenceService.PinnedFigure> figure =
                robot.lookup("#pinFigureChoice").queryAs(ComboBox.class);
        robot.interact(() -> figure.getItems().stream().filter(f -> f.metric().key().equals("sales_growth")).findFirst()
                .ifPresent(f -> figure.getSelectionModel().select(f)));
        robot.clickOn("#pinNoteField").write("2쪽 주요 성과 표와 일치");
        robot.clickOn("#pinSaveButton");
        waitUntil(() -> robot.lookup(".pin-verified").tryQuery().isPresent());
        robot.interact(() -> selectTab(robot, "#caseTabs", 0));
        shoot(robot, "pinned-figure");
    }

    private void openScoringCase(FxRobot robot, int index) throws Exception {
        robot.interact(() -> selectTab(robot, "#tabs", 1));
        @SuppressWarnings("unchecked")
        ComboBox<Reviewer> reviewers = robot.lookup("#reviewerChoice").queryAs(ComboBox.class);
        waitUntil(() -> !reviewers.getItems().isEmpty());
        robot.interact(() -> reviewers.setValue(reviewers.getItems().get(0)));
        @SuppressWarnings("unchecked")
        ListView<Object> cases = robot.lookup("#caseList").queryAs(ListView.class);
        waitUntil(() -> cases.getItems().size() == 6);
        robot.interact(() -> cases.getSelectionModel().select(index));
        robot.interact(() -> selectTab(robot, "#caseTabs", 1));
    }

    private static void selectTab(FxRobot robot, String tabPane, int index) {
        robot.lookup(tabPane).queryAs(TabPane.class).getSelectionModel().select(index);
    }

    private PdfView waitForPdf(FxRobot robot, int pages) throws Exception {
        DocumentPane pane = robot.lookup("#documentPane").queryAs(DocumentPane.class);
        waitUntil(() -> pane.pdfView() != null && pane.pdfView().pageCountProperty().get() == pages
                && pane.pdfView().pageProperty().get() == 0 && pane.pdfView().cachedBytes() > 0);
        return pane.pdfView();
    }

    /** Saves the window as the README's picture (target/screenshots; copied to assets by hand). */
    private void shoot(FxRobot robot, String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        Node root = stage.getScene().getRoot();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(root.snapshot(null, null), null), "png", out.toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
