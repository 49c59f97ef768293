package com.marketplace.sellerperformance.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One record waiting for a reviewer's decision, as a queue lists it: what it is, whose, since when. */
public record PendingReview(Kind kind, UUID id, String program, String subjectId, Instant receivedAt,
                            LocalDate submittedOn, String submittedBy, String summary) {

    public enum Kind {
        PLAN_OF_ACTION, APPEAL, IMPROVEMENT_PLAN
    }

    /** How many pending records one queue answers at most, oldest first. */
    public static final int QUEUE_LIMIT = 500;
}
