package kr.sangsaeng.review.ui.scoring;

/** One line of a case's score history: when, who, what changed and from what to what. */
record HistoryLine(String when, String actor, String what, String change) {
}
