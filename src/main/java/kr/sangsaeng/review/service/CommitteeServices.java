package kr.sangsaeng.review.service;

import kr.sangsaeng.review.store.ReviewStore;

/**
 * The committee's services over one open review file: its rule, its decisions and the shortlist.
 * Views hold this rather than the store; a new instance means another file was opened.
 */
public record CommitteeServices(CommitteeRuleService rules, DecisionService decisions, ShortlistService shortlists) {
    public static CommitteeServices over(ReviewStore store) {
        return new CommitteeServices(new CommitteeRuleService(store), new DecisionService(store),
                new ShortlistService(store));
    }
}
