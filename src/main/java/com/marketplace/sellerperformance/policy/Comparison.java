package com.marketplace.sellerperformance.policy;

/** How a metric's rate is held against its goal. */
public enum Comparison {
    AT_MOST,
    AT_LEAST
}
