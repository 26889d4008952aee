package kr.sangsaeng.review.ui.documents;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import kr.sangsaeng.review.exchange.documents.DocumentKind;
import kr.sangsaeng.review.exchange.documents.DocumentText;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Tasks;

/** Images, spreadsheets (first sheet as a table) and HWP/HWPX text, read off the FX thread. */
final class DocumentContent {
    /** Larger images are scaled down as they load, so a photo of a certificate cannot fill memory. */
    private static final double MAX_IMAGE_SIDE = 3000;

    private DocumentContent() {
    }

    static void load(AppContext ctx, DocumentKind kind, Path copy, Consumer<Node> show, Runnable failed) {
        Tasks.create(() -> read(kind, copy))
                .onSuccess(content -> show.accept(node(content)))
                .onError(e -> failed.run())
                .runOn(ctx.documentReadsExecutor());
    }

    private static Object read(DocumentKind kind, Path copy) throws Exception {
        if (kind.isImage()) {
            // Bounded only when larger: a bounded Image would also blow a small picture up to the bound.
            double side = largerSide(copy) <= MAX_IMAGE_SIDE ? 0 : MAX_IMAGE_SIDE;
            try (InputStream in = Files.newInputStream(copy)) {
                Image img = new Image(in, side, side, true, true);
                if (img.isError()) {
                    throw new IllegalStateException("image cannot be read");
                }
                return img;
            }
        }
        if (kind == DocumentKind.XLSX) {
            return DocumentText.sheet(copy);
        }
        return DocumentText.text(copy, kind);
    }

    /** The picture's larger side from its header, without decoding it; unknown counts as large. */
    private static double largerSide(Path file) {
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
            var readers = in == null ? java.util.Collections.<javax.imageio.ImageReader>emptyIterator()
                    : javax.imageio.ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                javax.imageio.ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return Math.max(reader.getWidth(0), reader.getHeight(0));
                } finally {
                    reader.dispose();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Unknown: bounded, to be safe.
        }
        return Double.MAX_VALUE;
    }

    @SuppressWarnings("unchecked")
    private static Node node(Object content) {
        if (content instanceof Image img) {
            ImageView view = new ImageView(img);
            view.setPreserveRatio(true);
            ScrollPane scroll = new ScrollPane(view);
            scroll.setPannable(true);
            return scroll;
        }
        if (content instanceof List<?> rows) {
            return table((List<List<String>>) rows);
        }
        TextArea text = new TextArea((String) content);
        text.setEditable(false);
        text.setWrapText(true);
        text.setId("documentText");
        return text;
    }

    private static TableView<List<String>> table(List<List<String>> rows) {
        TableView<List<String>> table = new TableView<>(FXCollections.observableArrayList(rows));
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < width; c++) {
            int col = c;
            TableColumn<List<String>, String> column = new TableColumn<>(columnName(c));
            column.setCellValueFactory(r -> new ReadOnlyStringWrapper(col < r.getValue().size() ? r.getValue().get(col) : ""));
            column.setSortable(false);
            table.getColumns().add(column);
        }
        table.setId("documentSheet");
        return table;
    }

    /** A, B, … Z, AA as a spreadsheet names its columns. */
    private static String columnName(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }
}
