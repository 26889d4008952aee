package kr.sangsaeng.review.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kr.sangsaeng.review.model.CaseNote;
import kr.sangsaeng.review.model.NoteKind;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Notes per case (docs/meeting.md): a reviewer's private note (seen by its author alone), the
 * panel's shared discussion notes and the chair's minutes. Author and times are kept; only the
 * author edits or deletes a note; every change is audited.
 */
public final class NoteService {
    public static final int MAX_TEXT = 5_000;
    private final ReviewStore store;

    public NoteService(ReviewStore store) {
        this.store = store;
    }

    /** The notes on a case that {@code viewer} may see: shared notes, minutes and their own private notes. */
    public List<CaseNote> visibleTo(long submissionId, Actor viewer) {
        return store.notes().forSubmission(submissionId).stream()
                .filter(n -> n.kind() != NoteKind.PRIVATE || n.author().equals(viewer.name())).toList();
    }

    /** Every shared note and minute of the round (the report prints the minutes). */
    public List<CaseNote> shared() {
        return store.notes().findAll().stream().filter(n -> n.kind() != NoteKind.PRIVATE).toList();
    }

    public CaseNote add(long submissionId, NoteKind kind, String text, Actor author) {
        String t = check(text);
        Instant now = Instant.now();
        CaseNote n = new CaseNote(UUID.randomUUID().toString(), submissionId, kind, author.name(), t, now, now);
        store.notes().put(n, author.name());
        return n;
    }

    public CaseNote edit(String id, String text, Actor author) {
        CaseNote old = own(id, author);
        CaseNote n = new CaseNote(id, old.submissionId(), old.kind(), old.author(), check(text), old.createdAt(),
                Instant.now());
        store.notes().put(n, author.name());
        return n;
    }

    public void delete(String id, Actor author) {
        own(id, author);
        store.notes().delete(id, author.name());
    }

    private CaseNote own(String id, Actor author) {
        CaseNote n = store.notes().find(id).orElseThrow(() -> new IllegalArgumentException("There is no such note"));
        if (!n.author().equals(author.name())) {
            throw new IllegalArgumentException("Only " + n.author() + " can change this note");
        }
        return n;
    }

    private static String check(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("A note needs some text");
        }
        if (t.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A note holds at most " + MAX_TEXT + " characters");
        }
        return t;
    }
}
