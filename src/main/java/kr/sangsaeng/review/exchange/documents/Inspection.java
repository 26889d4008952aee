package kr.sangsaeng.review.exchange.documents;

/**
 * What checking a document found: its format, page count (0 for formats without pages) and whether
 * a PDF holds scripts or launch actions (which the app never runs; it only draws the pages).
 */
public record Inspection(DocumentKind kind, int pages, boolean scripted) {
}
