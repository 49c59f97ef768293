package com.marketplace.sellerperformance.problems;

/**
 * Declared upper bounds of submitted counts. A trillion units is far beyond any real seller and keeps
 * every rate within the stored NUMERIC(20,6) and every sum of counts within a long.
 */
public final class Bounds {
    /** The most units, orders or misses one count may say: 10^12. */
    public static final long MAX_UNITS = 1_000_000_000_000L;

    private Bounds() {
    }
}
