package com.marketplace.sellerperformance.facts;

/** How a metric's rate is held against its goal. */
public enum Comparison {
    AT_MOST,
    AT_LEAST
}
