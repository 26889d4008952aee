package kr.sangsaeng.review.ui.common;

import javafx.beans.value.ObservableBooleanValue;

/**
 * Edits a view holds until the user saves them (the rubric, a reviewer's name): everything else is
 * written at once. The main window asks about open drafts before it leaves their tab, opens another
 * file or quits, so an edit never vanishes unnoticed.
 */
public interface Draft {
    /** True while there are edits the file does not hold. */
    ObservableBooleanValue dirtyProperty();

    /**
     * Saves the edits, asking whatever the view asks before a save; runs {@code then} only once
     * they are in the file. Returns false, without saving, when they cannot be saved as they are
     * (the view then says why).
     */
    boolean save(Runnable then);

    /** Forgets the edits and shows the file's state again. */
    void discard();
}
