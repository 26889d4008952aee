package kr.sangsaeng.review.service;

import kr.sangsaeng.review.store.ReviewStore;

/**
 * The committee meeting's services over one open review file (docs/meeting.md): the pledge,
 * conflicts of interest, case notes and minutes, the final ballot, and the agenda's order.
 */
public record MeetingServices(PledgeService pledge, ConflictService conflicts, NoteService notes,
                              BallotService ballots, MeetingReader reader, AgendaService agenda) {
    public static MeetingServices over(ReviewStore store) {
        return new MeetingServices(new PledgeService(store), new ConflictService(store), new NoteService(store),
                new BallotService(store), new MeetingReader(store), new AgendaService(store));
    }
}
