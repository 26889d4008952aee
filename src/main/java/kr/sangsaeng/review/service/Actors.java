package kr.sangsaeng.review.service;

/** The acting person every change is recorded under; a change without one is refused. */
final class Actors {
    private Actors() {
    }

    static String require(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("A change needs the name of the person making it");
        }
        return actor.strip();
    }
}
