package kr.sangsaeng.review.model;

import java.time.Instant;

/** A reviewer's confirmation of the pledge, with the text they confirmed. */
public record PledgeConfirmation(long reviewerId, String pledgeText, String confirmedBy, Instant confirmedAt) {
}
