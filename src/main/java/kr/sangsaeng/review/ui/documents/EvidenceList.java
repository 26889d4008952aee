package kr.sangsaeng.review.ui.documents;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import kr.sangsaeng.review.model.EvidencePin;
import kr.sangsaeng.review.service.EvidenceService.PinnedFigure;
import kr.sangsaeng.review.ui.AppContext;
import kr.sangsaeng.review.ui.common.Tasks;

/**
 * Under a case's figures: each figure's evidence pin — verified, unverified or contradicted, on
 * which page, with the note — or that it is not pinned yet.
 */
public final class EvidenceList extends VBox {
    private final AppContext ctx;
    private final Label heading = new Label();
    private Long submissionId;
    private int loads;

    public EvidenceList(AppContext ctx) {
        super(3);
        this.ctx = ctx;
        setId("evidenceList");
        heading.setText(ctx.text("evidence.heading"));
        heading.getStyleClass().add("section-heading");
        ctx.dataChangedProperty().addListener((o, a, b) -> reload());
    }

    public void show(Long submissionId) {
        this.submissionId = submissionId;
        reload();
    }

    public void reload() {
        int load = ++loads;
        Long id = submissionId;
        if (id == null || ctx.round() == null) {
            getChildren().clear();
            return;
        }
        Tasks.create(() -> ctx.evidence().figures(id))
                .onSuccess(figures -> {
                    if (load == loads) {
                        fill(figures);
                    }
                })
                // The pins could not be read: say so where they would be, rather than show none.
                .onError(e -> getChildren().setAll(heading, new Label(ctx.text("documents.cannotShow"))))
                .runOn(ctx.dbExecutor());
    }

    private void fill(List<PinnedFigure> figures) {
        getChildren().setAll(heading);
        for (PinnedFigure f : figures) {
            Label line = new Label(text(f));
            line.setWrapText(true);
            line.getStyleClass().add(f.pin().map(p -> "pin-" + p.status().key()).orElse("pin-none"));
            getChildren().add(line);
        }
        if (figures.isEmpty()) {
            getChildren().add(new Label(ctx.text("submissions.noFigures")));
        }
    }

    private String text(PinnedFigure f) {
        if (f.pin().isEmpty()) {
            return "·  " + ctx.text("evidence.notPinned", f.metric().label());
        }
        EvidencePin p = f.pin().get();
        String line = DocumentTexts.mark(p.status()) + "  " + ctx.text("evidence.pinned", f.metric().label(),
                DocumentTexts.status(ctx, p.status()), p.page());
        if (!p.quote().isEmpty()) {
            line += " · “" + p.quote() + "”";
        }
        return p.note().isEmpty() ? line : line + " · " + p.note();
    }
}
