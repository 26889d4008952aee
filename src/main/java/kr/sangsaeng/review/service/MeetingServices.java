package kr.sangsaeng.review.service;

import kr.sangsaeng.review.store.ReviewStore;

/**
 * The committee meeting's services over one open review file (docs/meeting.md): the pledge,
 * conflicts of interest, case notes and minutes, and the final ballot.
 */
public record MeetingServices(PledgeService pledge, ConflictService conflicts, NoteService notes,
                              BallotService ballots, MeetingReader reader) {
    public static MeetingServices over(ReviewStore store) {
        return new MeetingServices(new PledgeService(store), new ConflictService(store), new NoteService(store),
                new BallotService(store), new MeetingReader(store));
    }
}
