package com.marketplace.sellerperformance.fbaonsite.runs;

import java.time.Instant;
import java.util.UUID;

/** A run as its poster sees it: where it is, what its lines came to, and how long it still needs. */
public record AssessmentRunView(UUID runId, AssessmentRunStatus status, String source, String ruleSetVersion,
                                long lines, long assessed, long repeated, long conflicts, long rejected,
                                double progress, Long secondsLeft, Instant startedAt, Instant finishedAt,
                                String failure) {

    public long decided() {
        return assessed + repeated + conflicts + rejected;
    }
}
