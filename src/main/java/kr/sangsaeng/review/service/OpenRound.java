package kr.sangsaeng.review.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * An open review file and the services over it. Created by {@link RoundFiles}; whoever opened it
 * closes it. Like the store beneath it, it is used from one thread at a time (the app's database
 * thread, or the command's own).
 */
public final class OpenRound implements AutoCloseable {
    private final ReviewStore store;
    private final RoundReader reader;
    private final ScoringService scoring;
    private final PanelService panel;
    private final ImportService imports;
    private final ExportService exports;
    private final CommitteeServices committee;
    private final MeetingServices meeting;
    private final DocumentReader documentReader;
    private final PendingWrites pending;
    /** A server round opened with a reviewer's login rather than the secretary's; asked once, on opening. */
    private final boolean reviewerLogin;
    /** True on a server round opened by its secretary; asked of the server once, when the round opens. */
    private final boolean secretaryLogin;
    private final Optional<Long> ownReviewer;

    OpenRound(ReviewStore store) {
        this.store = store;
        this.reader = new RoundReader(store);
        this.scoring = new ScoringService(store);
        this.panel = new PanelService(store);
        this.imports = new ImportService(store);
        this.exports = new ExportService(store);
        this.committee = CommitteeServices.over(store);
        this.meeting = MeetingServices.over(store);
        this.documentReader = new DocumentReader(store);
        this.pending = new PendingWrites(scoring, store::isConnected, store.server().map(Object::toString),
                store.roundIdentity());
        this.secretaryLogin = store.server().isPresent() && store.serverRoles().isSecretary();
        this.reviewerLogin = store.server().isPresent() && !secretaryLogin;
        this.ownReviewer = reviewerLogin ? store.serverRoles().reviewerOf(store.server().get().user()) : Optional.empty();
    }

    /**
     * For a reviewer's login, the reviewer of the panel it signs in as (the server writes that
     * reviewer's scores only); empty for the secretary, for a file, and for a login mapped to none.
     */
    public Optional<Long> ownReviewer() {
        return ownReviewer;
    }

    /**
     * True on a server round opened with a reviewer's login: the server then takes only that
     * reviewer's scores, comments and meeting entries, and refuses the rubric, the panel, cases,
     * documents and decisions (docs/server-mode.md, "Roles enforced by the server"), so the window
     * offers none of them. False for a file and for the secretary.
     */
    public boolean isReviewerLogin() {
        return reviewerLogin;
    }

    /** The review file; null for a round on a server (see {@link #server()}). */
    public Path file() {
        return store.file();
    }

    /** The server round's address ({@code postgresql://USER@HOST:PORT/DATABASE}, no password); empty for a file. */
    public java.util.Optional<String> server() {
        return store.server().map(Object::toString);
    }

    /** The login this server round is open with; empty for a file. */
    public java.util.Optional<String> serverLogin() {
        return store.server().map(s -> s.user());
    }

    /** False while the connection to the server is lost; always true for a file. */
    public boolean isConnected() {
        return store.isConnected();
    }

    /**
     * For a server round: runs {@code onChange} when another program commits to it, and
     * {@code onConnection} when the connection is lost (false) or back (true), both on a background
     * thread. Nothing for a file, whose outside changes {@link #dataVersion()} shows when polled.
     */
    public void watch(Runnable onChange, java.util.function.Consumer<Boolean> onConnection) {
        store.watch(onChange, onConnection);
    }

    public RoundReader reader() {
        return reader;
    }

    public ScoringService scoring() {
        return scoring;
    }

    /**
     * Scores and reviews written through here are kept, and sent again when the server is back,
     * should the connection to a server round be lost (docs/server-mode.md, "Connection lost").
     */
    public PendingWrites pending() {
        return pending;
    }

    public PanelService panel() {
        return panel;
    }

    public ImportService imports() {
        return imports;
    }

    public ExportService exports() {
        return exports;
    }

    /** The committee's rule, its decisions and the shortlist export under that rule. */
    public CommitteeServices committee() {
        return committee;
    }

    /** The round's figures: a growth figure's baseline. */
    public FigureService figures() {
        return new FigureService(store);
    }

    /** The committee meeting: pledge, conflicts, notes and minutes, the final ballot (docs/meeting.md). */
    public MeetingServices meeting() {
        return meeting;
    }

    /** The case's submitted documents (docs/documents.md). */
    public DocumentService documents() {
        return new DocumentService(store);
    }

    /**
     * The case's documents read on a connection of their own, to be shown without waiting for the
     * round's other reads (docs/documents.md, "Speed"). Unlike the other services it may be used
     * from a thread of its own, beside the one that uses the rest.
     */
    public DocumentReader documentReader() {
        return documentReader;
    }

    /** The secretary's reviewer logins on a server round (docs/server-mode.md, "Roles enforced by the server"). */
    public ServerLoginService logins() {
        return new ServerLoginService(store, secretaryLogin);
    }

    /** The figures' evidence pins (docs/documents.md). */
    public EvidenceService evidence() {
        return new EvidenceService(store);
    }

    /**
     * True when the file opened older than what this computer last saved to it: an older copy put in
     * its place, or an old -wal applied (docs/data-safety.md).
     */
    public boolean isOlderThanLastSaved() {
        return store.staleWarning().isPresent();
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    /** Moves whenever another program commits to the file; never for this round's own writes. */
    public long dataVersion() {
        return store.dataVersion();
    }

    /**
     * Writes a consistent copy of the whole round to the review file {@code target}: the file's own
     * pages, or for a server round its archive (one snapshot, as {@code archive} writes it).
     */
    public void saveCopy(Path target) throws IOException {
        store.saveCopy(target);
    }

    /**
     * The store beneath, for tests that check what a view wrote. The app itself reaches data only
     * through the services; the architecture test keeps ui off the store.
     */
    @Deprecated
    public ReviewStore store() {
        return store;
    }

    @Override
    public void close() {
        // First, so that the file's last checkpoint does not wait for the reading connection.
        documentReader.close();
        pending.close();
        store.close();
    }
}
