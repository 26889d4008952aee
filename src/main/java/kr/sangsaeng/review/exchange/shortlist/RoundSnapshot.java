package kr.sangsaeng.review.exchange.shortlist;

import java.io.IOException;
import java.util.List;
import kr.sangsaeng.review.analysis.PanelData;
import kr.sangsaeng.review.app.PanelLoader;
import kr.sangsaeng.review.exchange.shortlist.ShortlistExportException.Reason;
import kr.sangsaeng.review.model.Decision;
import kr.sangsaeng.review.model.Metric;
import kr.sangsaeng.review.model.MetricValue;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.model.Submission;
import kr.sangsaeng.review.model.SubmissionStatus;
import kr.sangsaeng.review.store.ReviewStore;

/**
 * Everything a shortlist export reads from a review file, together with the SHA-256 of the file's
 * bytes at that moment. Taken on the database thread; the rest of the export can run anywhere.
 *
 * <p>The hash is of the file itself after a WAL checkpoint, so it matches what {@code sha256sum}
 * prints for the file at that moment. If another window commits while the data is read, the hash
 * and the data could describe different states; {@code data_version} tells, and the read is redone.
 */
public record RoundSnapshot(String source, String sha256, Round round, PanelData panel, List<Metric> metrics,
                            List<MetricValue> metricValues, List<Decision> decisions, List<Submission> withdrawn,
                            EvidenceAppendix evidence, MeetingAppendix meeting) {
    private static final int ATTEMPTS = 3;

    public RoundSnapshot {
        metrics = List.copyOf(metrics);
        metricValues = List.copyOf(metricValues);
        decisions = List.copyOf(decisions);
        withdrawn = List.copyOf(withdrawn);
        evidence = evidence == null ? EvidenceAppendix.EMPTY : evidence;
        meeting = meeting == null ? MeetingAppendix.EMPTY : meeting;
    }

    /** Reads the round and hashes the file; call it on the thread that owns the store. */
    public static RoundSnapshot read(ReviewStore store) throws IOException {
        if (store.server().isPresent()) {
            return readServer(store);
        }
        for (int attempt = 1; ; attempt++) {
            long version = store.dataVersion();
            if (store.checkpoint()) {
                String sha256 = FileHash.sha256(store.file());
                RoundSnapshot snapshot = load(store, sha256);
                if (store.dataVersion() == version) {
                    return snapshot;
                }
            } else if (attempt >= ATTEMPTS) {
                throw new ShortlistExportException(Reason.FILE_BUSY, store.file().getFileName()
                        + " is in use by another program, so its fingerprint cannot be taken; try again in a moment");
            }
            if (attempt >= ATTEMPTS) {
                throw new ShortlistExportException(Reason.FILE_KEPT_CHANGING, store.file().getFileName()
                        + " kept changing while it was read; export again when no one is scoring");
            }
        }
    }

    /**
     * A server round has no file to hash: the fingerprint is the SHA-256 of the round's contents as
     * read (docs/server-mode.md), so two exports of an unchanged round carry the same one. Every part
     * is read in one snapshot of the round, so a score saved meanwhile is in all of them or none.
     */
    private static RoundSnapshot readServer(ReviewStore store) {
        RoundSnapshot read = store.readAtOneMoment(() -> load(store, ""));
        return new RoundSnapshot(read.source(), ContentHash.of(read), read.round(), read.panel(), read.metrics(),
                read.metricValues(), read.decisions(), read.withdrawn(), read.evidence(), read.meeting());
    }

    private static RoundSnapshot load(ReviewStore store, String sha256) {
        String source = store.file() != null ? String.valueOf(store.file().getFileName()) : store.location();
        return new RoundSnapshot(source, sha256, store.round().get(), PanelLoader.load(store),
                store.metrics().findAll(), store.metrics().findAllValues(), store.decisions().findAll(),
                store.submissions().findAll().stream().filter(s -> s.status() == SubmissionStatus.WITHDRAWN).toList(),
                EvidenceAppendix.read(store), MeetingAppendix.read(store));
    }
}
