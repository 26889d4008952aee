package kr.sangsaeng.review.ui.documents;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import kr.sangsaeng.review.exchange.documents.DocumentKind;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.service.DocumentReader;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Tasks;

/**
 * A case's documents beside the score form and in Submissions: PDFs page by page
 * ({@link PdfView}), images, spreadsheets as a table, HWP/HWPX as text, anything else through the
 * system viewer. Files dropped on the pane are added to the shown case, after a preview. In blind
 * review documents are named "사례 A 문서 1", never by their submitted file names.
 */
public final class DocumentPane extends BorderPane {
    private final AppContext ctx;
    private final Supplier<Actor> actor;
    private final ComboBox<Document> choice = new ComboBox<>();
    private final Label details = new Label();
    private final Button external = new Button();
    private final Button pin = new Button();
    private final Button remove = new Button();
    private final StackPane content = new StackPane();
    private final Label placeholder = new Label();
    private PdfView pdf;
    private Submission submission;
    private String blindCase;
    private Runnable onPinned = () -> { };
    private final java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
    /** The document last chosen; a read still queued for an earlier one is skipped. */
    private volatile Document wanted;
    /** The listing being put in place, whose content the choice's first document then uses. */
    private Listing prefetched;
    /** Set once a document is to be shown, so PDFBox's warm-up gives way to it. */
    private final java.util.concurrent.atomic.AtomicBoolean documentWanted = new java.util.concurrent.atomic.AtomicBoolean();

    /** @param actor the person acting (the chosen reviewer, or the secretary) for audited changes */
    public DocumentPane(AppContext ctx, Supplier<Actor> actor) {
        this.ctx = ctx;
        this.actor = actor;
        getStyleClass().add("document-pane");
        setId("documentPane");
        choice.setId("documentChoice");
        choice.setAccessibleText(ctx.text("documents.choose"));
        choice.setAccessibleHelp(ctx.text("help.documents.choice"));
        choice.setPrefWidth(260);
        choice.setMinWidth(120);
        choice.setCellFactory(l -> new NameCell());
        choice.setButtonCell(new NameCell());
        choice.valueProperty().addListener((o, a, d) -> open(d));
        external.setText(ctx.text("documents.openExternal"));
        external.setId("openExternalButton");
        external.setAccessibleHelp(ctx.text("help.documents.openExternal"));
        external.setMinWidth(Region.USE_PREF_SIZE);
        external.setOnAction(e -> openExternally());
        pin.setText(ctx.text("pin.button"));
        pin.setId("pinFigureButton");
        pin.setAccessibleHelp(ctx.text("help.documents.pin"));
        pin.setMinWidth(Region.USE_PREF_SIZE);
        pin.setOnAction(e -> pinFigure());
        remove.setText(ctx.text("documents.remove"));
        remove.setId("removeDocumentButton");
        remove.setAccessibleHelp(ctx.text("help.documents.remove"));
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> removeDocument());
        // Documents and pins are the secretary's on a server round: the server refuses a reviewer's login them.
        remove.disableProperty().bind(choice.valueProperty().isNull().or(ctx.reviewerLoginProperty()));
        external.disableProperty().bind(choice.valueProperty().isNull());
        pin.disableProperty().bind(choice.valueProperty().isNull().or(ctx.reviewerLoginProperty()));
        details.getStyleClass().add("muted");
        details.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(6, 4, choice, details, external, pin, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 6, 2, 6));
        setTop(bar);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("muted");
        content.getChildren().setAll(placeholder);
        setCenter(content);
        acceptDrops();
        PageWarmUp.afterStartup(ctx, this, this::pdf, documentWanted::get);
        // Styling and laying out the page view the first time takes a while on a busy machine:
        // done when the pane is shown (or resized), not when a case is chosen.
        content.widthProperty().addListener((o, a, w) -> {
            if (w.doubleValue() > 0) {
                javafx.application.Platform.runLater(this::measuredPdfView);
            }
        });
        ctx.dataChangedProperty().addListener((o, a, b) -> reload());
        showCase(null, null);
    }

    /** Called after a figure is pinned, so the host can show the new status. */
    public void setOnPinned(Runnable r) {
        onPinned = r;
    }

    /** Shows a case's documents; {@code blindCase} is its neutral label in blind review, else null. */
    public void showCase(Submission s, String blindCase) {
        boolean same = s != null && submission != null && s.id() == submission.id()
                && java.util.Objects.equals(blindCase, this.blindCase);
        this.submission = s;
        this.blindCase = blindCase;
        if (!same) {
            reload();
        }
    }

    /** Re-reads the shown case's documents, keeping the open one if it is still there. */
    public void reload() {
        int load = loads.incrementAndGet();
        Submission s = submission;
        if (s == null || ctx.round() == null) {
            choice.setItems(FXCollections.observableArrayList());
            showPlaceholder(ctx.text("documents.noCase"));
            return;
        }
        Long keep = choice.getValue() == null ? null : choice.getValue().id();
        var reader = ctx.documentReader();
        PdfView view = measuredPdfView();
        // The list and the content of the document to show in one read, on the documents' own
        // connection: the first page then waits for neither the views' reads nor a second turn.
        Tasks.create(() -> {
            if (load != loads.get()) {
                return null;
            }
            Listing listing = Listing.read(reader, s.id(), keep);
            if (listing.content() != null) {
                documentWanted.set(true);
                // Drawn on the page thread while the window's thread puts the list in place.
                view.prepare(listing.content());
            }
            return listing;
        })
                .onSuccess(listing -> {
                    if (listing == null || load != loads.get()) {
                        return;
                    }
                    List<Document> docs = listing.documents();
                    prefetched = listing;
                    choice.setItems(FXCollections.observableArrayList(docs));
                    choice.setValue(listing.shown());
                    prefetched = null;
                    if (docs.isEmpty()) {
                        showPlaceholder(ctx.text(ctx.reviewerLoginProperty().get() ? "documents.none.reviewer" : "documents.none"));
                    }
                })
                .onError(e -> showPlaceholder(ctx.text("documents.cannotShow")))
                .runOn(ctx.documentReadsExecutor());
    }

    private void open(Document d) {
        wanted = d;
        if (d == null) {
            details.setText("");
            return;
        }
        details.setText(DocumentTexts.details(ctx, d));
        DocumentKind kind = DocumentKind.fromMediaType(d.mediaType());
        documentWanted.set(true);
        if (kind == DocumentKind.PDF) {
            // The page view stays laid out while the content is read, so the page is drawn once, at
            // the width it will be shown at, rather than first at a guessed one.
            showPdfView();
            pdf.loading();
        } else {
            showPlaceholder(ctx.text("documents.loading"));
        }
        Listing ready = prefetched;
        if (ready != null && d.equals(ready.shown()) && ready.content() != null) {
            pdf.open(ready.content(), 0);
            return;
        }
        var reader = ctx.documentReader();
        String name = copyName(d);
        Tasks.create(() -> {
            if (wanted != d) {
                return null;   // the person has moved on: not worth reading
            }
            return kind == DocumentKind.PDF && d.bytes() <= DocumentReader.IN_MEMORY_BYTES
                    ? reader.content(d) : reader.privateCopy(d, name);
        })
                .onSuccess(content -> {
                    if (content != null && d.equals(choice.getValue())) {
                        show(kind, content);
                    }
                })
                .onError(e -> showPlaceholder(ctx.text("documents.cannotShow")))
                .runOn(ctx.documentReadsExecutor());
    }

    /** @param read the PDF's bytes, or a private copy of the document */
    private void show(DocumentKind kind, Object read) {
        if (kind == DocumentKind.PDF) {
            showPdfView();
            if (read instanceof byte[] bytes) {
                pdf.open(bytes, 0);
            } else {
                pdf.open((Path) read, 0);
            }
            return;
        }
        Path copy = (Path) read;
        if (kind.isImage() || kind == DocumentKind.XLSX || kind == DocumentKind.HWP || kind == DocumentKind.HWPX) {
            showPlaceholder(ctx.text("documents.loading"));
            DocumentContent.load(ctx, kind, copy, node -> content.getChildren().setAll(node),
                    () -> showPlaceholder(ctx.text("documents.cannotShow")));
        } else {
            showPlaceholder(ctx.text("documents.externalOnly"));
        }
    }

    /**
     * The page view, laid out once at the pane's size if it never was, so a PDF's first page can be
     * drawn ahead for the width it will be shown at (docs/documents.md, "Speed").
     */
    private PdfView measuredPdfView() {
        PdfView view = pdf();
        if (content.getWidth() > 0 && !content.getChildren().contains(view)
                && view.getWidth() != content.getWidth()) {
            List<javafx.scene.Node> shown = List.copyOf(content.getChildren());
            content.getChildren().setAll(view);
            content.applyCss();
            content.layout();
            content.getChildren().setAll(shown);
        }
        return view;
    }

    /** Puts the page view in place unless it is there already (replacing it would lay it out anew). */
    private void showPdfView() {
        if (!content.getChildren().equals(List.of(pdf()))) {
            content.getChildren().setAll(pdf);
            // Laid out now, not at the next pulse: the first page is drawn for the width the view
            // has when the PDF is opened, and would otherwise be drawn twice.
            content.applyCss();
            content.layout();
        }
    }

    private PdfView pdf() {
        if (pdf == null) {
            pdf = new PdfView(ctx);
        }
        return pdf;
    }

    /** The PDF view while a PDF is shown, else null (for tests and pins). */
    public PdfView pdfView() {
        return pdf != null && content.getChildren().contains(pdf) ? pdf : null;
    }

    private void showPlaceholder(String text) {
        placeholder.setText(text);
        content.getChildren().setAll(placeholder);
        if (pdf != null) {
            pdf.clear();
        }
    }

    private String copyName(Document d) {
        if (blindCase == null) {
            return d.name();
        }
        String ext = d.name().contains(".") ? d.name().substring(d.name().lastIndexOf('.')) : "";
        return "document-" + d.id() + ext;
    }

    private void openExternally() {
        Document d = choice.getValue();
        if (d != null) {
            var reader = ctx.documentReader();
            String name = copyName(d);
            Tasks.create(() -> reader.privateCopy(d, name))
                    .onSuccess(copy -> SystemViewer.open(ctx, getScene().getWindow(), copy))
                    .onError(e -> kr.sangsaeng.review.ui.common.Dialogs.showError(ctx, getScene().getWindow(), e))
                    .runOn(ctx.documentReadsExecutor());
        }
    }

    /** Removes the shown document from its case, after asking; the audit log keeps its name and hash. */
    private void removeDocument() {
        Document d = choice.getValue();
        if (d == null || !kr.sangsaeng.review.ui.common.Dialogs.confirm(ctx, getScene().getWindow(),
                ctx.text("documents.removeConfirm", displayName(d)))) {
            return;
        }
        Actor who = actor.get();
        Tasks.create(() -> {
            ctx.documents().remove(d.id(), who);
            return d;
        }).onSuccess(done -> ctx.notifyDataChanged())
                .onError(e -> kr.sangsaeng.review.ui.common.Dialogs.showError(ctx, getScene().getWindow(), e))
                .runOn(ctx.dbExecutor());
    }

    private void pinFigure() {
        Document d = choice.getValue();
        if (d == null || submission == null) {
            return;
        }
        PdfView view = pdfView();
        int page = view == null ? 1 : view.pageProperty().get() + 1;
        String quote = view == null ? "" : view.searchText();
        PinDialog.show(ctx, getScene().getWindow(), submission.id(), d, displayName(d), page, quote, actor.get(), onPinned);
    }

    private String displayName(Document d) {
        return DocumentTexts.name(ctx, d, Math.max(0, choice.getItems().indexOf(d)), blindCase);
    }

    private void acceptDrops() {
        setOnDragOver(e -> {
            if (submission != null && e.getDragboard().hasFiles() && !ctx.reviewerLoginProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = submission != null && files != null && !files.isEmpty() && !ctx.reviewerLoginProperty().get();
            if (ok) {
                AddDocumentsDialog.preview(ctx, getScene().getWindow(), files.stream().map(File::toPath).toList(),
                        java.util.Optional.of(submission.ref()), actor.get());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private final class NameCell extends ListCell<Document> {
        @Override
        protected void updateItem(Document d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? null : displayName(d));
        }
    }

    /** The document list, for tests. */
    List<Document> documents() {
        return choice.getItems();
    }
}
