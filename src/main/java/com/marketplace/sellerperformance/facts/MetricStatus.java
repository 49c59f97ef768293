package com.marketplace.sellerperformance.facts;

/** The outcome of one metric in one assessment (docs/policy.md §0). */
public enum MetricStatus {
    MET,
    MISSED,
    /** Over the goal but inside the exemption: no strike. */
    EXEMPT,
    /** Nothing to measure against (denominator 0) and nothing to exempt. */
    NOT_APPLICABLE
}
