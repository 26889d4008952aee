package kr.sangsaeng.review.ui.documents;

import static kr.sangsaeng.review.ui.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kr.sangsaeng.review.exchange.documents.HostileDocuments;
import kr.sangsaeng.review.model.Document;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.MainWindowExtension;
import kr.sangsaeng.review.ui.submissions.SubmissionRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

/**
 * Files dragged onto a case's row in Submissions or Scoring, or onto the document pane showing a
 * case, go to that case, whatever their names, after the same preview and checks as File → Add
 * documents…. The files are dragged with the mouse
 * from a label standing in for the file manager (the headless platform carries a drag only within
 * one window).
 */
class CaseRowDropTest {
    @RegisterExtension
    final MainWindowExtension window = MainWindowExtension.onDemoRound(Locale.ENGLISH).afterShowing(this::addFileSource);

    private AppContext ctx;
    private List<File> dragged = List.of();

    private void addFileSource(Stage stage) {
        Label files = new Label("files");
        files.setId("fileSource");
        files.setMinSize(120, 60);
        files.setOnDragDetected(e -> {
            Dragboard board = files.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(dragged);
            board.setContent(content);
            e.consume();
        });
        // The file manager's stand-in sits in the window's bottom right corner, away from the case lists.
        Parent root = stage.getScene().getRoot();
        StackPane layered = new StackPane();
        stage.getScene().setRoot(layered);
        layered.getChildren().addAll(root, files);
        StackPane.setAlignment(files, Pos.BOTTOM_RIGHT);
        files.setMaxSize(120, 60);
    }

    @Test
    void filesDroppedOnASubmissionsRowGoToThatCaseAfterThePreview(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(window.folder().resolve("submissions-drop"));
        dragged = List.of(HostileDocuments.pdf(folder.resolve("신청서.pdf"), 2, "풍수해보험").toFile(),
                HostileDocuments.empty(folder.resolve("빈 파일.pdf")).toFile());
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6);
        Node row = rowOf(robot, "2022-03");

        robot.drag("#fileSource").dropTo(row);
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isPresent());
        assertThat(robot.lookup("#documentPreviewSummary").queryAs(Label.class).getText())
                .isEqualTo("1 to add · 0 matching no case · 0 already there · 1 refused");
        // The same checks as any other way of adding: the empty file is refused, so nothing is added.
        assertThat(robot.lookup("#addDocumentsButton").queryAs(Button.class).isDisabled()).isTrue();
        closePreview(robot);

        dragged = List.of(dragged.get(0));
        robot.drag("#fileSource").dropTo(rowOf(robot, "2022-03"));
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isPresent());
        assertThat(robot.lookup("#documentPreviewSummary").queryAs(Label.class).getText())
                .isEqualTo("1 to add · 0 matching no case · 0 already there · 0 refused");
        robot.clickOn("#addDocumentsButton");
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isEmpty());
        List<Document> stored = documents();
        assertThat(stored).singleElement().satisfies(d -> {
            assertThat(d.ref()).isEqualTo("2022-03");
            assertThat(d.name()).isEqualTo("신청서.pdf");
            assertThat(d.addedBy()).isEqualTo("secretary");
        });
    }

    @Test
    void filesDroppedOnAScoringCaseGoToThatCaseUnderTheReviewersName(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(window.folder().resolve("scoring-drop"));
        dragged = List.of(HostileDocuments.pdf(folder.resolve("2022-01_증빙.pdf"), 1, "착한상점").toFile());
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ComboBox<Reviewer> reviewers = robot.lookup("#reviewerChoice").queryAs(ComboBox.class);
        waitUntil(() -> !reviewers.getItems().isEmpty());
        robot.interact(() -> reviewers.setValue(reviewers.getItems().get(0)));
        @SuppressWarnings("unchecked")
        ListView<Object> cases = robot.lookup("#caseList").queryAs(ListView.class);
        waitUntil(() -> cases.getItems().size() == 6);
        ListCell<?> target = robot.lookup("#caseList .list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n).filter(c -> c.getIndex() == 4 && !c.isEmpty()).findFirst().orElseThrow();

        robot.drag("#fileSource").dropTo(target);
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isPresent());
        // The name starts with another case's ref; the row it was dropped on decides.
        assertThat(robot.lookup("#documentPreviewTable").queryAs(TableView.class).getItems()).hasSize(1);
        robot.clickOn("#addDocumentsButton");
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isEmpty());
        String reviewer = reviewers.getValue().name();
        assertThat(documents()).singleElement().satisfies(d -> {
            assertThat(d.ref()).isEqualTo("2022-05");
            assertThat(d.addedBy()).isEqualTo(reviewer);
        });
    }

    @Test
    void filesDroppedOnTheDocumentPaneGoToTheCaseItShows(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(window.folder().resolve("pane-drop"));
        // Named for another case: the pane's case decides, as with a row.
        dragged = List.of(HostileDocuments.pdf(folder.resolve("2022-01_첨부.pdf"), 2, "풍수해보험").toFile());
        @SuppressWarnings("unchecked")
        TableView<SubmissionRow> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 6);
        robot.interact(() -> {
            table.getItems().stream().filter(r -> r.submission().ref().equals("2022-04")).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
            robot.lookup("#detailTabs").queryAs(TabPane.class).getSelectionModel().select(1);
        });
        DocumentPane pane = robot.lookup("#documentPane").queryAs(DocumentPane.class);
        waitUntil(() -> pane.isVisible() && pane.getWidth() > 0);

        robot.drag("#fileSource").dropTo(pane);
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isPresent());
        assertThat(robot.lookup("#documentPreviewSummary").queryAs(Label.class).getText())
                .isEqualTo("1 to add · 0 matching no case · 0 already there · 0 refused");
        robot.clickOn("#addDocumentsButton");
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isEmpty());
        assertThat(documents()).singleElement().satisfies(d -> {
            assertThat(d.ref()).isEqualTo("2022-04");
            assertThat(d.name()).isEqualTo("2022-01_첨부.pdf");
            assertThat(d.addedBy()).isEqualTo("secretary");
        });
        // The pane shows the new document straight away.
        waitUntil(() -> pane.documents().size() == 1 && pane.pdfView() != null
                && pane.pdfView().pageCountProperty().get() == 2);
    }

    private Node rowOf(FxRobot robot, String ref) {
        return robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof TableRow<?> r && r.getItem() instanceof SubmissionRow s
                        && s.submission().ref().equals(ref))
                .findFirst().orElseThrow();
    }

    private static void closePreview(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".button").queryAll().stream()
                .filter(n -> n instanceof Button b && b.isCancelButton()).findFirst().orElseThrow());
        waitUntil(() -> robot.lookup("#documentPreviewSummary").tryQuery().isEmpty());
    }

    private List<Document> documents() throws Exception {
        return ctx.dbExecutor().submit(() -> ctx.round().store().documents().findAll()).get();
    }
}
