package com.marketplace.sellerperformance.fbaonsite.weektodate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.marketplace.sellerperformance.facts.MetricStatus;
import com.marketplace.sellerperformance.fbaonsite.facts.Penalty;
import java.math.BigDecimal;
import java.util.List;

/** A week still running as if it ended now: each metric with its headroom, and the strikes that would follow. */
public record WeekToDateView(List<MetricSoFar> metrics, List<StrikeIfEndedNow> strikesIfEndedNow) {

    /**
     * One metric so far; rate is null when nothing was shipped, allowance when nothing is exempt,
     * headroomUnits when the metric is not applicable.
     */
    public record MetricSoFar(String metric, BigDecimal rate, BigDecimal goal, Long allowance, MetricStatus status,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Long headroomUnits) {
    }

    /** A strike the week would bring if it ended now, numbered after the seller's strikes on record. */
    public record StrikeIfEndedNow(String metric, int number, Penalty penalty) {
    }
}
