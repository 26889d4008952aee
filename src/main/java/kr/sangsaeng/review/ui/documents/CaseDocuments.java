package kr.sangsaeng.review.ui.documents;

import java.util.function.Supplier;
import javafx.scene.control.Tab;
import javafx.scene.layout.Pane;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.service.Actor;
import kr.sangsaeng.review.ui.AppContext;

/**
 * The Scoring view's documents: a {@link DocumentPane} in the tab beside the case, and the
 * figures' evidence pins under the case's figures. The tab names how many documents the case has.
 */
public final class CaseDocuments {
    private final DocumentPane pane;
    private final EvidenceList evidence;

    public CaseDocuments(AppContext ctx, Tab tab, Pane caseDetail, Supplier<Actor> actor) {
        pane = new DocumentPane(ctx, actor);
        evidence = new EvidenceList(ctx);
        pane.setOnPinned(evidence::reload);
        tab.setContent(pane);
        caseDetail.getChildren().add(evidence);
    }

    /** Shows the case's documents and pins; {@code blindCase} is its neutral label in blind review. */
    public void show(Submission s, String blindCase) {
        pane.showCase(s, blindCase);
        evidence.show(s == null ? null : s.id());
    }

    public DocumentPane pane() {
        return pane;
    }
}
