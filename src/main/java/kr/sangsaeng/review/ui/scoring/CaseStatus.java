package kr.sangsaeng.review.ui.scoring;

import kr.sangsaeng.review.ui.AppContext;

/** How far a reviewer has got with one case, for the case list. */
record CaseStatus(int scored, int of, boolean recused) {
    String text(AppContext ctx) {
        return recused ? ctx.text("scoring.status.recused") : ctx.text("scoring.status", scored, of);
    }

    String styleClass() {
        if (recused) {
            return "case-recused";
        }
        return of > 0 && scored == of ? "case-complete" : "case-open";
    }
}
