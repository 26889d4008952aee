package kr.sangsaeng.review.exchange.shortlist;

import java.nio.file.Path;
import kr.sangsaeng.review.demo.DemoRound;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.store.ReviewStore;

/** The demo round as the export tests use it: one case's title replaced by a spreadsheet formula. */
final class DemoExports {
    /** What a hostile submission could put in its title to run in the committee's spreadsheet. */
    static final String HOSTILE_TITLE = "=HYPERLINK(\"http://x\",\"y\")";
    /** The case that gets the hostile title; it keeps its scores and its place. */
    static final String HOSTILE_REF = "2022-02";

    private DemoExports() {
    }

    static ReviewStore demoWithHostileTitle(Path dir) throws Exception {
        ReviewStore store = DemoRound.createAt(dir.resolve("demo.sangsaeng"));
        Submission s = store.submissions().findByRef(HOSTILE_REF).orElseThrow();
        store.submissions().update(new Submission(s.id(), s.ref(), s.platformId(), s.platformName(), HOSTILE_TITLE,
                s.areas(), s.summary(), s.status()));
        return store;
    }
}
